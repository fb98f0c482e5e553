package vn.phoihop.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which agency holds a role (vai trò) where and when. The regulations name roles, never
 * agencies, so that duties follow a role when it moves (e.g. the labour authority from the Sở
 * LĐTBXH to the Sở Nội vụ on 01/03/2025) without touching the regulation data.
 */
public interface RoleAssignments {

    /** The agency holding {@code roleCode} in {@code provinceCode} (null for central roles) on {@code day}. */
    Optional<Agency> holder(String roleCode, String provinceCode, LocalDate day);

    /**
     * Gives a role to an agency from a day on (the previous holder's assignment ends the day
     * before), unless an assignment of that role, place and start day exists. Returns whether it
     * assigned.
     */
    boolean ensureAssigned(String roleCode, String provinceCode, String agencyCode, LocalDate from, String basis);

    /** The roles an agency holds on a day. */
    List<String> rolesOf(long agencyId, LocalDate day);
}
