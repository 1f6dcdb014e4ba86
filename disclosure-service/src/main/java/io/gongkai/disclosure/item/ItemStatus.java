package io.gongkai.disclosure.item;

/** Where an item is in its life: {@link ItemLifecycle} says which steps lead from one to another. */
public enum ItemStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
