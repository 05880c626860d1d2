package org.postdesk.core.problems;

import java.util.List;

/**
 * One problem of an open post, where it is in the file (decision record 0031).
 *
 * @param kind     what is wrong; with {@link #args} it gives the sentence ({@link ProblemTexts})
 * @param severity how bad
 * @param start    offset in the {@link PostText#text()} where the problem starts
 * @param end      offset just after it ({@code end >= start})
 * @param line     file line of {@code start}, from 1
 * @param column   column of {@code start} on its line, from 1
 * @param endLine  file line of {@code end}, from 1
 * @param args     the sentence's values (the link as written, the path looked for, ...)
 * @param repair   the one-click repair, or null when there is no obvious one
 */
public record Problem(Kind kind, Severity severity, int start, int end, int line, int column, int endLine,
        List<String> args, Repair repair) {

    public Problem {
        args = List.copyOf(args);
    }

    public enum Severity { ERROR, WARNING, INFO }

    /** What is wrong; each has a sentence in {@code messages.properties} under {@code problem.<key>}. */
    public enum Kind {
        /** A body image with no file behind it. */
        IMAGE_MISSING("image.missing"),
        /** A body image whose path was pasted from a folder on the author's computer (an export). */
        IMAGE_EXPORT_PATH("image.exportPath"),
        /** An image whose file exists only in another letter case. */
        IMAGE_WRONG_CASE("image.wrongCase"),
        /** An image that leads out of the blog folder. */
        IMAGE_OUTSIDE("image.outside"),
        /** A front-matter image (header-img, cover, ...) with no file behind it. */
        HEADER_IMAGE_MISSING("header.missing"),
        /** A front-matter image whose file exists only in another letter case. */
        HEADER_IMAGE_WRONG_CASE("header.wrongCase"),
        /** An image on the web: the preview shows a placeholder, the post depends on another site. */
        WEB_IMAGE("image.web"),
        /** The front matter is not valid YAML. */
        FRONT_MATTER_BROKEN("frontMatter.broken"),
        /** The Liquid template pass reported an error. */
        LIQUID_ERROR("liquid.error"),
        /** Jekyll ignores the file because of its name. */
        IGNORED_NAME("name.ignored"),
        /** The front-matter date is not a date Jekyll reads. */
        BAD_DATE("date.bad");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The key of the sentence in the bundle, without the {@code problem.} prefix. */
        public String key() {
            return key;
        }
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The English sentence, as the command line prints it. */
    public String english() {
        return ProblemTexts.ENGLISH.sentence(this);
    }
}
