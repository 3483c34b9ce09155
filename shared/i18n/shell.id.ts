/** The desktop shell: start-up errors, save and print dialogs. */
export const shellId = {
};
