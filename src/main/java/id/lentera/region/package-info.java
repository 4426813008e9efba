/**
 * Kemendagri administrative regions (province, kabupaten/kota, kecamatan, desa/kelurahan): the
 * reference list that addresses and NIK prefixes are checked against, and its import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regions")
package id.lentera.region;
