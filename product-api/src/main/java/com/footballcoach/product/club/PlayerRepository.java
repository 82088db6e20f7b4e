package com.footballcoach.product.club;

import com.footballcoach.platform.jdbc.Listings;
import com.footballcoach.platform.jdbc.Rows;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.shared.RecordParams;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlayerRepository {

    private static final String COLUMNS = """
            id, name, team_id, position, jersey_number, birth_date, dominant_foot, height_cm, weight_kg,
            nationality, country_code, image_url, market_value, created_at""";

    private final JdbcClient jdbc;
    private final Listings listings;

    PlayerRepository(JdbcClient jdbc, Listings listings) {
        this.jdbc = jdbc;
        this.listings = listings;
    }

    Listing<Player> findAllByTeamIn(List<String> teamIds, PageRequest page) {
        if (teamIds.isEmpty()) {
            return Listing.empty(page);
        }
        return listings.query("SELECT " + COLUMNS + " FROM players WHERE team_id IN (:teams)", "name, id")
                .param("teams", teamIds).page(page, Rows.of(Player.class));
    }

    Optional<Player> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM players WHERE id = :id").param("id", id).query(Rows.of(Player.class))
                .optional();
    }

    void insert(String id, PlayerValues v) {
        jdbc.sql("""
                INSERT INTO players (id, name, team_id, position, jersey_number, birth_date, dominant_foot, height_cm,
                                     weight_kg, nationality, country_code, image_url, market_value)
                VALUES (:id, :name, :team, :position, :jersey, :birth, :foot, :height, :weight, :nationality,
                        :country, :image, :value)
                """).paramSource(RecordParams.of(v).and("id", id)).update();
    }

    /** Sets the given values; a null keeps the stored one. */
    int update(String id, PlayerValues v) {
        return jdbc.sql("""
                UPDATE players SET name = COALESCE(:name, name), team_id = COALESCE(:team, team_id),
                       position = COALESCE(:position, position), jersey_number = COALESCE(:jersey, jersey_number),
                       birth_date = COALESCE(:birth, birth_date), dominant_foot = COALESCE(:foot, dominant_foot),
                       height_cm = COALESCE(:height, height_cm), weight_kg = COALESCE(:weight, weight_kg),
                       nationality = COALESCE(:nationality, nationality),
                       country_code = COALESCE(:country, country_code), image_url = COALESCE(:image, image_url),
                       market_value = COALESCE(:value, market_value)
                 WHERE id = :id
                """).paramSource(RecordParams.of(v).and("id", id)).update();
    }

    int updateImage(String id, String url) {
        return jdbc.sql("UPDATE players SET image_url = :url WHERE id = :id").param("id", id).param("url", url)
                .update();
    }

    int deleteById(String id) {
        return jdbc.sql("DELETE FROM players WHERE id = :id").param("id", id).update();
    }

    /** The column values of an insert or update, named as the SQL parameters. */
    record PlayerValues(@Nullable String name, @Nullable String team, @Nullable String position,
            @Nullable Integer jersey, java.time.@Nullable LocalDate birth, @Nullable String foot,
            @Nullable Integer height, @Nullable Integer weight, @Nullable String nationality,
            @Nullable String country, @Nullable String image, java.math.@Nullable BigDecimal value) {
    }
}
