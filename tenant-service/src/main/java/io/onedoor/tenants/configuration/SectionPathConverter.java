package io.onedoor.tenants.configuration;

import io.onedoor.api.configuration.model.ConfigurationSection;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads {@code org-units} in a path as the section it names (the enum's value, not its name). */
@Component
class SectionPathConverter implements Converter<String, ConfigurationSection> {

    @Override
    public ConfigurationSection convert(String source) {
        return ConfigurationSection.fromValue(source);
    }
}
