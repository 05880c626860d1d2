package org.postdesk.core.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a site's config file that code outside the generator's adapter reads
 * (Jekyll's {@code _config.yml} today). Reading never fails: a broken file gives the
 * generator's defaults and a {@link #problem()} sentence.
 */
public interface SiteConfig {

    /** All settings, as the file gave them (String, Boolean, Number, Date, List, Map): {@code site.*} in templates. */
    Map<String, Object> all();

    /** The site's path below its host, without a trailing slash; empty string when unset. */
    String baseurl();

    /** The site's address, without a trailing slash; empty string when unset. */
    String url();

    /** Paths the generator leaves out of the site. */
    List<String> exclude();

    /** Why the config could not be used, as a sentence; empty when it was read. */
    Optional<String> problem();
}
