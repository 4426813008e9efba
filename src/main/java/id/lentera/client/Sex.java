package id.lentera.client;

public enum Sex { M, F }
