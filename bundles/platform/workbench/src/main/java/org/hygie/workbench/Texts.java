package org.hygie.workbench;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one bundle in one language, from {@code <name>.properties} (French, the default) and
 * {@code <name>_en.properties} next to the anchor class. Patterns are {@link MessageFormat}s: write
 * apostrophes as ’, since a plain ' quotes.
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * @param anchor a class of the bundle, in the package of the properties files
     * @param name the files' base name ({@code messages})
     */
    public static Texts load(Class<?> anchor, String name, Locale locale) {
        // No fallback to the JVM's default locale: French is the base file, whatever the machine says.
        ResourceBundle bundle = ResourceBundle.getBundle(anchor.getPackageName() + "." + name, locale,
                anchor.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** @return the text of the key with its arguments; {@code !key!} when missing, so that it shows */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
