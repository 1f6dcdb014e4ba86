package io.gongkai.disclosure.item;

/** What a caller may read: PUBLIC = published + public audience, CAMPUS = published, STAFF = all. */
public enum Visibility {
    PUBLIC, CAMPUS, STAFF;

    public boolean sees(ItemStatus status, ItemRequest.Audience audience) {
        return switch (this) {
            case STAFF -> true;
            case CAMPUS -> status == ItemStatus.PUBLISHED;
            case PUBLIC -> status == ItemStatus.PUBLISHED && audience == ItemRequest.Audience.PUBLIC;
        };
    }
}
