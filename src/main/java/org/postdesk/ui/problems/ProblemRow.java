package org.postdesk.ui.problems;

/**
 * One line of the Problems list (decision record 0031), ready to show: no core types, so the list
 * knows nothing of how problems are found or repaired.
 *
 * @param severity    {@code error}, {@code warning} or {@code info} (a style class)
 * @param line        the file line, from 1
 * @param column      the column, from 1
 * @param sentence    what is wrong, in the window's language
 * @param repairLabel the repair button's text (a verb), or null when there is no repair
 * @param repairHint  what the repair will do, in full (the button's tooltip)
 * @param repair      runs the repair (FX thread); ignored without a label
 * @param show        shows the problem in the editor (FX thread)
 */
public record ProblemRow(String severity, int line, int column, String sentence, String repairLabel,
        String repairHint, Runnable repair, Runnable show) {

    public boolean hasRepair() {
        return repairLabel != null;
    }
}
