package org.postdesk.ui.status;

/** What the status bar says about the open post's file. */
public enum SaveState {
    NO_POST, SAVED, UNSAVED, SAVING, READ_ONLY
}
