package id.lentera.casework;

/** How urgent and how dangerous the client's situation is. */
public enum RiskLevel { LOW, MEDIUM, HIGH }
