package io.gongkai.disclosure.item;

import io.gongkai.disclosure.channel.Channel;
import io.gongkai.disclosure.checklist.ChecklistCategory;
import io.gongkai.disclosure.checklist.ChecklistItem;
import io.gongkai.disclosure.checklist.ChecklistVersion;
import io.gongkai.disclosure.unit.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The reference data an item write is checked against, read once per request (small tables, their entities). */
@ApplicationScoped
public class ReferenceData {

    public Snapshot load() {
        Set<String> units = new HashSet<>();
        Unit.<Unit>list("active", true).forEach(u -> units.add(u.code));
        Set<String> channels = new HashSet<>();
        Channel.<Channel>list("active", true).forEach(c -> channels.add(c.code));
        String checklist = ChecklistVersion.current().map(v -> v.code).orElse(null);
        Map<String, Integer> items = new HashMap<>();
        Set<Integer> categories = new HashSet<>();
        if (checklist != null) {
            ChecklistItem.<ChecklistItem>list("checklist", checklist).forEach(i -> items.put(i.itemNo, i.categoryNo));
            ChecklistCategory.<ChecklistCategory>list("checklist", checklist).forEach(c -> categories.add(c.no));
        }
        return new Snapshot(units, channels, checklist, items, categories);
    }

    /** Active units and channels, and the current checklist: item number → category. */
    public record Snapshot(Set<String> units, Set<String> channels, String checklist,
                           Map<String, Integer> checklistItems, Set<Integer> categories) {
    }
}
