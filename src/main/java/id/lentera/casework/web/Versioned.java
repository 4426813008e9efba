package id.lentera.casework.web;

/** A form that edits a stored record: carries the case version it was opened with. */
interface Versioned {

    long getVersion();

    void setVersion(long version);
}
