package org.postdesk.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * WCAG 2 contrast of every text shown in a scene graph: each visible, enabled {@link Text}
 * node (the text of labels, buttons, fields, prompts, cells) against its effective background,
 * found by walking up to the first region with an opaque background fill (translucent fills on
 * the way are blended over it).
 */
final class SceneContrast {

    /** One text and what it was measured against. */
    record Finding(String text, String where, Color fill, Color background, double ratio) {
        @Override
        public String toString() {
            return String.format("%.2f:1 \"%s\" %s on %s at %s", ratio, text.length() > 40 ? text.substring(0, 40) + "…"
                    : text, hex(fill), hex(background), where);
        }
    }

    private SceneContrast() {
    }

    static List<Finding> measure(Node root) {
        List<Finding> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<Finding> found) {
        if (!node.isVisible() || node.isDisabled() || node.getOpacity() < 0.05) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !text.getText().isBlank()) {
            Paint paint = text.getFill();
            if (paint instanceof Color fill && fill.getOpacity() > 0.05 && !clippedAway(text)) {
                Color background = backgroundOf(text);
                Color seen = blend(fill, background);
                found.add(new Finding(text.getText().strip(), path(text), seen, background, ratio(seen, background)));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /** A text of zero size or laid out outside every ancestor (a collapsed pane) is not shown. */
    private static boolean clippedAway(Text text) {
        var bounds = text.localToScene(text.getBoundsInLocal());
        return bounds.getWidth() < 1 || bounds.getHeight() < 1;
    }

    static Color backgroundOf(Node node) {
        List<Color> layers = new ArrayList<>();
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof Region region) {
                Color top = topFill(region.getBackground());
                if (top != null) {
                    layers.add(top);
                    if (top.getOpacity() >= 0.99) {
                        break;
                    }
                }
            }
        }
        Color result = Color.WHITE; // nothing opaque found: the window's clear colour
        for (int i = layers.size() - 1; i >= 0; i--) {
            result = blend(layers.get(i), result);
        }
        return result;
    }

    private static Color topFill(Background background) {
        if (background == null) {
            return null;
        }
        Color top = null;
        for (BackgroundFill fill : background.getFills()) {
            if (fill.getFill() instanceof Color c && c.getOpacity() > 0.01) {
                top = top == null ? c : blend(c, top);
            }
        }
        return top;
    }

    static Color blend(Color over, Color under) {
        double a = over.getOpacity();
        return new Color(over.getRed() * a + under.getRed() * (1 - a), over.getGreen() * a + under.getGreen() * (1 - a),
                over.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String path(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node at = node; at != null; at = at.getParent()) {
            String name = at.getId() != null ? "#" + at.getId()
                    : at.getStyleClass().isEmpty() ? at.getClass().getSimpleName() : "." + at.getStyleClass().get(0);
            out.insert(0, "/" + name);
            if (at.getId() != null && out.length() > 60) {
                break;
            }
        }
        return out.toString();
    }

    static String hex(Color c) {
        return String.format("#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
