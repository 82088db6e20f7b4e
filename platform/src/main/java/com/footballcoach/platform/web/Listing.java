package com.footballcoach.platform.web;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JacksonSerializable;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * A list answer, written as a JSON array row by row while its rows are read: a whole list of
 * 100,000 rows leaves the database for the socket without ever being held in memory. A handler
 * returns it as it is; the rows are read only when the body is written.
 *
 * <p>When the caller asked for a page ({@link PageRequest#paged()}), {@link ListingHeaders} adds
 * {@code X-Total-Count} (from {@link #total()}) and the RFC 8288 {@code Link} header before the
 * body is written.
 *
 * @param <T> the row type, serialized by the app's own mapper (snake_case)
 */
public final class Listing<T> implements JacksonSerializable {

    /** Where the rows come from: called once, when the body is written. */
    @FunctionalInterface
    public interface Source<T> {
        void forEach(Consumer<? super T> row);
    }

    private final PageRequest page;
    private final Source<T> rows;
    private final LongSupplier total;

    private Listing(PageRequest page, Source<T> rows, LongSupplier total) {
        this.page = page;
        this.rows = rows;
        this.total = total;
    }

    /**
     * Rows read lazily from a source that already applies the page.
     *
     * @param total counts every row the list has without paging; called only for a paged answer
     */
    public static <T> Listing<T> of(PageRequest page, Source<T> rows, LongSupplier total) {
        return new Listing<>(page, rows, total);
    }

    /** A list with no rows (the caller sees nothing). */
    public static <T> Listing<T> empty(PageRequest page) {
        return new Listing<>(page, row -> { }, () -> 0);
    }

    /** The same list, each row turned into another as it is written. */
    public <R> Listing<R> map(Function<? super T, ? extends R> mapper) {
        return new Listing<>(page, row -> rows.forEach(t -> row.accept(mapper.apply(t))), total);
    }

    public PageRequest page() {
        return page;
    }

    /** Every row of the list, without paging. */
    public long total() {
        return total.getAsLong();
    }

    /** Reads the rows (of the page, when paged) into a list: for callers inside the app, not for answers. */
    public List<T> toList() {
        List<T> list = new java.util.ArrayList<>();
        rows.forEach(list::add);
        return list;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializationContext context) {
        generator.writeStartArray();
        rows.forEach(row -> context.writeValue(generator, row));
        generator.writeEndArray();
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializationContext context, TypeSerializer types) {
        serialize(generator, context);
    }
}
