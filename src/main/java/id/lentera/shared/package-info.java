/**
 * What every module stands on: the base entity, the embedded database, the page layout, error
 * handling, language and formatting.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.lentera.shared;
