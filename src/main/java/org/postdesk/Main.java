package org.postdesk;

public final class Main {
    public static void main(String[] args) {
    }
}
