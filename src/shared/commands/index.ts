/** The commands' table and the notations of their shortcuts. */
export * from "./command-table";
export * from "./key-notation";
