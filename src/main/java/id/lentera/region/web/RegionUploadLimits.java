package id.lentera.region.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The official region list (2.3 MB) is larger than Spring's default upload limit of 1 MB. These
 * defaults rank below application.properties, which may set other limits.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:region-upload.properties")
class RegionUploadLimits {
}
