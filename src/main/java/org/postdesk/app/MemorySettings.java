package org.postdesk.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Settings} held in memory: for tests and runs that must not touch the user's store. */
public final class MemorySettings implements Settings {

    private final Map<String, Object> values = new ConcurrentHashMap<>();

    @Override
    public double getDouble(String key, double fallback) {
        return values.get(key) instanceof Double d ? d : fallback;
    }

    @Override
    public void putDouble(String key, double value) {
        values.put(key, value);
    }

    @Override
    public boolean getBoolean(String key, boolean fallback) {
        return values.get(key) instanceof Boolean b ? b : fallback;
    }

    @Override
    public void putBoolean(String key, boolean value) {
        values.put(key, value);
    }

    @Override
    public String getString(String key, String fallback) {
        return values.get(key) instanceof String s ? s : fallback;
    }

    @Override
    public void putString(String key, String value) {
        values.put(key, value);
    }
}
