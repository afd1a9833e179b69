package org.conflictmap.render.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.conflictmap.render.Palette;

/**
 * Choropleth classes: units with events are split into up to five quantile classes (breaks
 * rounded to whole counts, duplicates merged) on a sequential palette; units without events stay
 * plain land.
 */
final class MapChoropleth {

    /** One class: counts in [from, to] and its colour. */
    record ClassBreak(int from, int to, Color color) {
        String label() {
            return from == to ? Integer.toString(from) : String.format(Locale.ROOT, "%d\u2013%d", from, to);
        }
    }

    private final List<MapData.Unit> units;
    private final List<ClassBreak> classes;

    MapChoropleth(List<MapData.Unit> units) {
        this.units = units;
        this.classes = classes(units.stream().mapToInt(MapData.Unit::count).filter(c -> c > 0).sorted().toArray());
    }

    static List<ClassBreak> classes(int[] sorted) {
        if (sorted.length == 0) {
            return List.of();
        }
        TreeSet<Integer> uppers = new TreeSet<>();
        int k = Math.min(5, sorted.length);
        for (int i = 1; i <= k; i++) {
            int idx = (int) Math.ceil((double) i * sorted.length / k) - 1;
            uppers.add(sorted[Math.max(0, Math.min(sorted.length - 1, idx))]);
        }
        List<Integer> ups = new ArrayList<>(uppers);
        List<Color> colors = ups.size() >= 2 ? Palette.Sequential.BLUES.classes(ups.size())
                : List.of(Palette.Sequential.BLUES.at(0.6));
        List<ClassBreak> out = new ArrayList<>();
        int from = sorted[0];
        for (int i = 0; i < ups.size(); i++) {
            out.add(new ClassBreak(from, ups.get(i), colors.get(i)));
            from = ups.get(i) + 1;
        }
        return List.copyOf(out);
    }

    List<ClassBreak> classes() {
        return classes;
    }

    Color colorOf(int count) {
        for (ClassBreak c : classes) {
            if (count >= c.from() && count <= c.to()) {
                return c.color();
            }
        }
        return null;
    }

    void paintFills(Graphics2D g, GeoShapes shapes) {
        for (MapData.Unit u : units) {
            Color c = u.count() > 0 ? colorOf(u.count()) : null;
            if (c != null) {
                g.setColor(c);
                g.fill(shapes.shape(u.geometry()));
            }
        }
    }
}
