package com.footballcoach.product.accounts;

import com.footballcoach.platform.identity.CurrentUser;
import com.footballcoach.platform.identity.StaffRole;
import com.footballcoach.platform.identity.UserAccount;
import com.footballcoach.platform.identity.UserDirectory;
import com.footballcoach.platform.identity.UserRepository;
import com.footballcoach.platform.identity.UserView;
import com.footballcoach.platform.web.Conflict;
import com.footballcoach.platform.web.Forbidden;
import com.footballcoach.platform.web.NotFound;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of a club, managed by its account manager: the club's users are its owner and the
 * staff accounts of its teams. Another club's accounts answer 404.
 */
@Service
public class AccountService {

    private final UserRepository users;
    private final StaffAccountRepository staff;
    private final PasswordEncoder passwords;
    private final UserDirectory directory;

    AccountService(UserRepository users, StaffAccountRepository staff, PasswordEncoder passwords,
            UserDirectory directory) {
        this.users = users;
        this.staff = staff;
        this.passwords = passwords;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<UserView> list(CurrentUser manager) {
        return users.findAllByClub(manager.id()).stream().map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    public UserView get(CurrentUser manager, String id) {
        return UserView.of(ofClub(manager, id));
    }

    /**
     * Creates a staff member with a login in one step; the permission level follows the role
     * (head_coach → full_access, analyst → notes_only, others → view_only).
     */
    @Transactional
    public StaffAccountRepository.StaffView createStaffAccount(CurrentUser manager, NewStaffAccount request) {
        if (!staff.teamOfClub(request.teamId(), manager.id())) {
            throw new NotFound("Team");
        }
        StaffRole role = StaffRole.fromCode(request.role());
        String email = AuthService.normalise(request.email());
        String userId = UUID.randomUUID().toString();
        String staffId = UUID.randomUUID().toString();
        try {
            users.insert(userId, email, passwords.encode(request.password()), request.name(), "staff");
        } catch (DuplicateKeyException e) {
            throw new Conflict("An account with this e-mail already exists.");
        }
        staff.insertStaff(staffId, request.teamId(), userId, request.name(), role.code(), role.permissionLevel(), email);
        return staff.findStaff(staffId).orElseThrow();
    }

    @Transactional
    public UserView update(CurrentUser manager, String id, AccountChange change) {
        UserAccount account = ofClub(manager, id);
        if (account.id().equals(manager.id()) && Boolean.FALSE.equals(change.isActive())) {
            throw new Forbidden("You cannot deactivate your own account.");
        }
        String email = change.email() == null ? account.email() : AuthService.normalise(change.email());
        try {
            users.update(id, email, change.fullName() == null ? account.fullName() : change.fullName(),
                    change.isActive() == null ? account.active() : change.isActive());
        } catch (DuplicateKeyException e) {
            throw new Conflict("An account with this e-mail already exists.");
        }
        if (!email.equals(account.email())) {
            staff.updateStaffEmail(id, email);
        }
        if (change.password() != null) {
            users.updatePassword(id, passwords.encode(change.password()));
        }
        directory.evict(account.email());
        return UserView.of(users.findById(id).orElseThrow());
    }

    @Transactional
    public void delete(CurrentUser manager, String id) {
        UserAccount account = ofClub(manager, id);
        if (account.id().equals(manager.id())) {
            throw new Forbidden("You cannot delete your own account.");
        }
        if (staff.ownsTeams(id)) {
            throw new Conflict("This account owns teams; transfer or delete them first.");
        }
        users.deleteById(id);
        directory.evict(account.email());
    }

    private UserAccount ofClub(CurrentUser manager, String id) {
        return users.findById(id)
                .filter(u -> manager.id().equals(u.clubId()))
                .orElseThrow(() -> new NotFound("User"));
    }

    /** A new staff member with a login. */
    public record NewStaffAccount(String teamId, String name, String role, String email, String password) {
    }

    /** Changes to an account; absent fields stay as they are. */
    public record AccountChange(@Nullable String email, @Nullable String fullName, @Nullable Boolean isActive,
            @Nullable String password) {
    }
}
