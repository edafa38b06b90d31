// A module script that does nothing: what fetching and running any script at all costs a page.
export {};
