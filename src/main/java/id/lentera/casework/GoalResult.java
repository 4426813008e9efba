package id.lentera.casework;

/** How far a goal was reached, at evaluation. */
public enum GoalResult { ACHIEVED, PARTLY, NOT_ACHIEVED }
