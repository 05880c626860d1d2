package org.postdesk.ui.common;

/** What the status bar says about the open post's file. */
public enum SaveState {
    NO_POST, SAVED, UNSAVED, SAVING, READ_ONLY
}
