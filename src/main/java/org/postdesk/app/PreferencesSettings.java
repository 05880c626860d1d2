package org.postdesk.app;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** {@link Settings} kept in a {@link Preferences} node (per user, survives restarts). */
public final class PreferencesSettings implements Settings {

    private static final System.Logger LOG = System.getLogger(PreferencesSettings.class.getName());
    private final Preferences node;

    public PreferencesSettings(Preferences node) {
        this.node = Objects.requireNonNull(node);
    }

    @Override
    public double getDouble(String key, double fallback) {
        return node.getDouble(key, fallback);
    }

    @Override
    public void putDouble(String key, double value) {
        node.putDouble(key, value);
    }

    @Override
    public boolean getBoolean(String key, boolean fallback) {
        return node.getBoolean(key, fallback);
    }

    @Override
    public void putBoolean(String key, boolean value) {
        node.putBoolean(key, value);
    }

    @Override
    public String getString(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void putString(String key, String value) {
        node.put(key, value);
    }

    /** Writes pending changes to the store; failures are logged, never thrown at the author. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.WARNING, "could not store window settings", e);
        }
    }
}
