package io.onedoor.tenants.configuration;

import io.onedoor.tenants.configuration.Category.ComplexityRule;
import io.onedoor.tenants.configuration.Category.Deadlines;
import io.onedoor.tenants.configuration.Category.StandardPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A configuration's categories as a tree: what a category inherits from its ancestors (standard
 * path, complexity rules, deadlines), as the rules check it and case-service receives it.
 */
public final class CategoryTree {

    private final Map<String, Category> byCode = new LinkedHashMap<>();

    CategoryTree(List<Category> categories) {
        // The first of a duplicated code wins; the rules report the second.
        categories.forEach(category -> byCode.putIfAbsent(category.code(), category));
    }

    boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** The category and its ancestors, nearest first; empty if its parents loop. */
    List<Category> lineage(Category category) {
        List<Category> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Category at = category; at != null; at = at.parent() == null ? null : byCode.get(at.parent())) {
            if (!seen.add(at.code())) {
                return List.of();
            }
            chain.add(at);
        }
        return chain;
    }

    /** The standard path the category follows: its own, else its nearest ancestor's. */
    public Optional<StandardPath> pathOf(Category category) {
        return nearest(category, Category::path);
    }

    /** The deadlines the category's matters are due by: its own, else its nearest ancestor's. */
    public Optional<Deadlines> deadlinesOf(Category category) {
        return nearest(category, Category::deadlines);
    }

    /** The complexity rules that class its matters: its own, else its nearest ancestor's. */
    public List<ComplexityRule> complexityOf(Category category) {
        return nearest(category, c -> c.complexity().isEmpty() ? null : c.complexity())
                .orElse(List.of());
    }

    private <T> Optional<T> nearest(Category category, Function<Category, T> property) {
        return lineage(category).stream().map(property).filter(Objects::nonNull).findFirst();
    }
}
