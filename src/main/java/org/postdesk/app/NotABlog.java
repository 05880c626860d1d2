package org.postdesk.app;

/**
 * Why a folder is not a blog and how the window can make it one (docs/decisions/0029, step 2).
 *
 * @param why           each known generator's evidence, "a Jekyll blog (this folder has neither ...)"
 * @param generator     the name of the generator a new blog there would be ({@code Jekyll})
 * @param starterFolder the folder that would make it one, relative to it ({@code _posts})
 */
public record NotABlog(String why, String generator, String starterFolder) {
}
