package org.postdesk.app;

/** Small key-value store for what the window remembers (size, splits, view toggles, recent blogs). */
public interface Settings {

    double getDouble(String key, double fallback);

    void putDouble(String key, double value);

    boolean getBoolean(String key, boolean fallback);

    void putBoolean(String key, boolean value);

    String getString(String key, String fallback);

    void putString(String key, String value);
}
