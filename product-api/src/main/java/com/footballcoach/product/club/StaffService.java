package com.footballcoach.product.club;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.identity.StaffRole;
import com.footballcoach.platform.identity.UserDirectory;
import com.footballcoach.platform.scope.ClubScope;
import com.footballcoach.platform.web.InvalidInput;
import com.footballcoach.platform.web.Listing;
import com.footballcoach.platform.web.NotFound;
import com.footballcoach.platform.web.PageRequest;
import com.footballcoach.product.club.StaffController.StaffInput;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff positions. The permission level follows the role ({@link StaffRole}); a level in the body is
 * ignored (the app always sends {@code view_only}). Accounts for staff are made elsewhere
 * ({@code POST /api/staff/create_with_account}).
 */
@Service
class StaffService {

    private final StaffRepository staff;
    private final ClubScope scope;
    private final UserDirectory users;

    StaffService(StaffRepository staff, ClubScope scope, UserDirectory users) {
        this.staff = staff;
        this.scope = scope;
        this.users = users;
    }

    @Transactional(readOnly = true)
    Listing<Staff> list(CurrentUser user, PageRequest page) {
        return staff.findAllByTeamIn(scope.teamIds(user), page);
    }

    @Transactional(readOnly = true)
    Staff get(CurrentUser user, String id) {
        return visible(user, id);
    }

    @Transactional
    Staff create(CurrentUser user, StaffInput body) {
        if (body.name() == null) {
            throw new InvalidInput("name", "name must not be blank.");
        }
        if (body.role() == null) {
            throw new InvalidInput("role", "role must not be blank.");
        }
        String teamId = scope.teamReference(user, body.teamId());
        String id = UUID.randomUUID().toString();
        staff.insert(id, teamId, body.name().trim(), body.role(), level(body.role()), body.email());
        return staff.findById(id).orElseThrow();
    }

    @Transactional
    Staff update(CurrentUser user, String id, StaffInput body) {
        visible(user, id);
        if (body.teamId() != null) {
            scope.teamReference(user, body.teamId());
        }
        staff.update(id, body.teamId(), body.name() == null ? null : body.name().trim(), body.role(),
                body.role() == null ? null : level(body.role()), body.email());
        // a changed role or team changes what the account may do: forget the cached users
        users.evictAll();
        return staff.findById(id).orElseThrow();
    }

    @Transactional
    void delete(CurrentUser user, String id) {
        visible(user, id);
        staff.deleteById(id);
        users.evictAll();
    }

    private Staff visible(CurrentUser user, String id) {
        Staff member = staff.findById(id).orElseThrow(() -> new NotFound("Staff member"));
        if (!scope.canAccessTeam(user, member.teamId())) {
            throw new NotFound("Staff member");
        }
        return member;
    }



    private static String level(@Nullable String role) {
        return StaffRole.fromCode(role == null ? "" : role).permissionLevel();
    }
}
