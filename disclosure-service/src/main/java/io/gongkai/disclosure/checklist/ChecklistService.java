package io.gongkai.disclosure.checklist;

import io.gongkai.commons.period.ReportPeriod;
import io.gongkai.commons.problem.ProblemException;
import io.gongkai.disclosure.calendar.PublicationDeadlines;
import io.gongkai.disclosure.item.ItemRepository;
import io.gongkai.disclosure.item.ItemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The versioned checklist (Panache entities) and its coverage by published items. */
@ApplicationScoped
public class ChecklistService {

    private final CoverageRepository coverage;
    private final ItemRepository items;
    private final PublicationDeadlines deadlines;

    public ChecklistService(CoverageRepository coverage, ItemRepository items, PublicationDeadlines deadlines) {
        this.coverage = coverage;
        this.items = items;
        this.deadlines = deadlines;
    }

    public List<ChecklistViews.Version> versions() {
        List<ChecklistViews.Version> versions = new ArrayList<>();
        for (ChecklistVersion v : ChecklistVersion.<ChecklistVersion>list("order by effectiveFrom, code")) {
            versions.add(new ChecklistViews.Version(v.code, v.name, v.effectiveFrom, v.current,
                    (int) ChecklistItem.count("checklist", v.code), v.version));
        }
        return versions;
    }

    /** A checklist version (the current one when code is null). */
    public ChecklistViews.Checklist checklist(String code) {
        ChecklistVersion version = resolve(code);
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, List<ChecklistViews.Item>> byCategory = new LinkedHashMap<>();
        for (ChecklistCategory c : ChecklistCategory.of(version.code)) {
            names.put(c.no, c.name);
            byCategory.put(c.no, new ArrayList<>());
        }
        for (ChecklistItem i : ChecklistItem.of(version.code)) {
            byCategory.get(i.categoryNo).add(new ChecklistViews.Item(i.itemNo, i.title, i.note));
        }
        List<ChecklistViews.Category> categories = new ArrayList<>();
        names.forEach((no, name) -> categories.add(new ChecklistViews.Category(no, name, byCategory.get(no))));
        return new ChecklistViews.Checklist(version.code, version.name, version.effectiveFrom, version.current, version.version,
                categories);
    }

    @Transactional
    public ChecklistViews.Checklist load(String code, ChecklistViews.ChecklistRequest request) {
        if (!code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,19}")) {
            throw ProblemException.invalid("code", "must be 1-20 letters, digits and . _ -");
        }
        Set<Integer> categories = new HashSet<>();
        Set<String> itemNos = new HashSet<>();
        for (ChecklistViews.CategoryRequest cat : request.categories()) {
            if (!categories.add(cat.no())) {
                throw ProblemException.invalid("categories", "category " + cat.no() + " is listed twice");
            }
            for (ChecklistViews.ItemRequest item : cat.items()) {
                if (!itemNos.add(item.itemNo())) {
                    throw ProblemException.invalid("categories", "item " + item.itemNo() + " is listed twice");
                }
            }
        }
        if (ChecklistVersion.findById(code) != null) {
            throw ProblemException.conflict("Checklist " + code + " is already loaded; a loaded version is changed item by item");
        }
        boolean current = Boolean.TRUE.equals(request.current());
        if (current) {
            ChecklistVersion.update("current = false where current = true");
        }
        ChecklistVersion version = new ChecklistVersion();
        version.code = code;
        version.name = request.name().strip();
        version.effectiveFrom = request.effectiveFrom();
        version.current = current;
        version.persist();
        int order = 0;
        for (ChecklistViews.CategoryRequest cat : request.categories()) {
            ChecklistCategory category = new ChecklistCategory();
            category.checklist = code;
            category.no = cat.no();
            category.name = cat.name().strip();
            category.persist();
            for (ChecklistViews.ItemRequest item : cat.items()) {
                ChecklistItem entry = new ChecklistItem();
                entry.checklist = code;
                entry.itemNo = item.itemNo();
                entry.categoryNo = cat.no();
                entry.title = item.title().strip();
                entry.note = item.note();
                entry.sortOrder = ++order;
                entry.persist();
            }
        }
        return checklist(code);
    }

    @Transactional
    public ChecklistViews.Checklist changeItem(String code, String itemNo, ChecklistViews.ItemChange change) {
        if (!itemNo.matches("[0-9]{1,4}[a-z]?")) {
            throw ProblemException.invalid("itemNo", "must be a number such as 7");
        }
        ChecklistVersion version = resolve(code);
        if (ChecklistCategory.count("checklist = ?1 and no = ?2", version.code, change.category()) == 0) {
            throw ProblemException.invalid("category", "is not a category of checklist " + version.code);
        }
        ChecklistItem entry = ChecklistItem.findById(new ChecklistItem.Key(version.code, itemNo));
        if (entry == null) {
            Integer last = ChecklistItem.getEntityManager()
                    .createQuery("select max(i.sortOrder) from ChecklistItem i where i.checklist = ?1", Integer.class)
                    .setParameter(1, version.code).getSingleResult();
            entry = new ChecklistItem();
            entry.checklist = version.code;
            entry.itemNo = itemNo;
            entry.sortOrder = (last == null ? 0 : last) + 1;
        }
        entry.categoryNo = change.category();
        entry.title = change.title().strip();
        entry.note = change.note();
        entry.persist();
        ChecklistItem.flush();
        items.recategorise(version.code, itemNo, change.category());
        version.version++;
        return checklist(version.code);
    }

    @Transactional
    public ChecklistViews.Checklist makeCurrent(String code) {
        ChecklistVersion version = resolve(code);
        ChecklistVersion.update("current = false where current = true and code <> ?1", version.code);
        version.current = true;
        return checklist(version.code);
    }

    public Coverage.Report coverage(String code, Integer year, ReportPeriod period, boolean gapsFirst) {
        ChecklistVersion version = resolve(code);
        Map<Integer, String> categoryNames = new LinkedHashMap<>();
        ChecklistCategory.of(version.code).forEach(c -> categoryNames.put(c.no, c.name));
        List<Coverage.ChecklistEntry> entries = new ArrayList<>();
        for (ChecklistItem i : ChecklistItem.of(version.code)) {
            entries.add(new Coverage.ChecklistEntry(i.itemNo, i.categoryNo, categoryNames.get(i.categoryNo), i.title, i.sortOrder));
        }
        CoverageRepository.Found found = coverage.find(version.code, period);
        return Coverage.compute(version.code, year, period.from(), period.to(), entries, found.facts(), found.latest(),
                deadlines.between(period.from(), period.to()), LocalDate.now(ItemState.BUSINESS_ZONE), gapsFirst);
    }

    private static ChecklistVersion resolve(String code) {
        return (code == null ? ChecklistVersion.current() : ChecklistVersion.<ChecklistVersion>findByIdOptional(code))
                .orElseThrow(() -> ProblemException.notFound("Checklist " + (code == null ? "(current)" : clip(code))));
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
