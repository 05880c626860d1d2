package org.postdesk.core.git;

/** The author of a commit, from git's config ({@code user.name}, {@code user.email}); either may be empty. */
public record Identity(String name, String email) {

    public boolean complete() {
        return !name.isBlank() && !email.isBlank();
    }
}
