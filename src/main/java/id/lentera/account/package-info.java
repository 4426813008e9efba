/**
 * Worker accounts, roles and teams; signing in, the password policy and lockout; and the current
 * user that every other module asks about.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package id.lentera.account;
