package id.lentera.client;

/** School level and enrolment; SD, SMP and SMA include their equivalents (MI, MTs, MA, paket A/B/C). Unknown is null. */
public enum Schooling { NOT_YET, PAUD, SD, SMP, SMA, FINISHED, DROPPED_OUT }
