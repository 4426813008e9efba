package id.lentera.casework;

/** What the evaluation decides: keep intervening, go back to planning, or end the case. */
public enum EvaluationDecision { CONTINUE, REVISE_PLAN, TERMINATE }
