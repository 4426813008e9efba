package id.lentera.casework;

/** Why a case ends. */
public enum TerminationReason { GOALS_ACHIEVED, REFERRED_ELSEWHERE, CLIENT_MOVED, CLIENT_DECLINED, CLIENT_DIED, UNREACHABLE }
