// Generated from docs/openapi/grid-service.json by scripts/generate.mjs; do not edit.
export interface paths {
    "/api/v1/areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询行政区域 / List areas
         * @description 查询行政区域。
         *
         *     List areas.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["listAreas"];
        put?: never;
        /**
         * 新建行政区域 / Create an area
         * @description 新建行政区域。
         *
         *     Create an area.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["createArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看行政区域 / Get an area
         * @description 查看行政区域。
         *
         *     Get an area.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 合并区域 / Merge an area into another
         * @description 合并区域。
         *
         *     Merge an area into another.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["mergeArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}/neighbours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置相邻区域 / Set an area's neighbours
         * @description 设置相邻区域。
         *
         *     Set an area's neighbours.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        put: operations["setAreaNeighbours"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * 撤销待生效的区域变更 / Cancel a pending area change
         * @description 撤销待生效的区域变更。
         *
         *     Cancel a pending area change.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        delete: operations["cancelPendingAreaChange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 区域更名 / Rename an area
         * @description 区域更名。
         *
         *     Rename an area.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["renameArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}/reparent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 调整上级区域 / Move an area under another parent
         * @description 调整上级区域。
         *
         *     Move an area under another parent.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["reparentArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/areas/{code}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤销区域 / Retire an area
         * @description 撤销区域。
         *
         *     Retire an area.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["retireArea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/grid-service/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询读取审计记录 / List read-audit entries
         * @description 查询读取审计记录。
         *
         *     List read-audit entries.
         *
         *     角色 / Roles: AUDITOR
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/grid-service/subject-access/{dataSubject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询个人被读取记录（数据主体访问） / Subject access report of one person
         * @description 查询个人被读取记录（数据主体访问）。
         *
         *     Subject access report of one person.
         *
         *     角色 / Roles: AUDITOR（本辖区） / AUDITOR (own area); RESIDENT（仅本人） / RESIDENT (self only)
         */
        get: operations["getSubjectAccessReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/grid-service/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 校验审计链完整性 / Verify the audit chain
         * @description 校验审计链完整性。
         *
         *     Verify the audit chain.
         *
         *     角色 / Roles: AUDITOR
         */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-event-deadlines/{areaCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看网格事件办理时限 / Get grid-event deadlines of an area
         * @description 查看网格事件办理时限。
         *
         *     Get grid-event deadlines of an area.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getGridEventDeadlines"];
        /**
         * 设置网格事件办理时限 / Set grid-event deadlines of an area
         * @description 设置网格事件办理时限。
         *
         *     Set grid-event deadlines of an area.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        put: operations["setGridEventDeadlines"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询网格事件 / List grid events
         * @description 查询网格事件。
         *
         *     List grid events.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["listGridEvents"];
        put?: never;
        /**
         * 上报网格事件 / Report a grid event
         * @description 上报网格事件。
         *
         *     Report a grid event.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        post: operations["reportGridEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看网格事件 / Get a grid event
         * @description 查看网格事件。
         *
         *     Get a grid event.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["getGridEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-events/{id}/{step}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 办理网格事件（流转步骤） / Advance a grid event by one step
         * @description 办理网格事件（流转步骤）。
         *
         *     Advance a grid event by one step.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["advanceGridEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询网格人员任职 / List grid staff assignments
         * @description 查询网格人员任职。
         *
         *     List grid staff assignments.
         *
         *     角色 / Roles: AREA_ADMIN, AUDITOR, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["listGridStaff"];
        put?: never;
        /**
         * 任命网格人员 / Assign a grid worker or leader
         * @description 任命网格人员。
         *
         *     Assign a grid worker or leader.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["assignGridStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-staff/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束任职 / End a staff assignment
         * @description 结束任职。
         *
         *     End a staff assignment.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["endGridStaffAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-staff/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 批量调整网格人员 / Reassign grid staff
         * @description 批量调整网格人员。
         *
         *     Reassign grid staff.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["reassignGridStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-staff/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 网格人员花名册 / Grid staff roster
         * @description 网格人员花名册。
         *
         *     Grid staff roster.
         *
         *     角色 / Roles: AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        get: operations["listGridStaffRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/{code}/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看网格工作指标 / Work KPIs of a grid
         * @description 查看网格工作指标。
         *
         *     Work KPIs of a grid.
         *
         *     角色 / Roles: AREA_ADMIN, AUDITOR, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["getGridKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询督导检查 / List inspections
         * @description 查询督导检查。
         *
         *     List inspections.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["listInspections"];
        put?: never;
        /**
         * 登记督导检查 / Record an inspection
         * @description 登记督导检查。
         *
         *     Record an inspection.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["recordInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看督导检查 / Get an inspection
         * @description 查看督导检查。
         *
         *     Get an inspection.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getInspection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/rectify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交整改 / Report rectification of an inspection
         * @description 提交整改。
         *
         *     Report rectification of an inspection.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["rectifyInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inspections/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 验收整改 / Verify an inspection's rectification
         * @description 验收整改。
         *
         *     Verify an inspection's rectification.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["verifyInspection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 获取枚举值显示标签 / Labels of every enum value
         * @description 返回本 API 所有枚举值（风险等级、状态、角色、个案来源、指标、标签类别、问题类型等）的显示文字。lang=zh-CN（默认）或 en，未给出时按 Accept-Language。
         *
         *     Texts of every enum value the API returns (tiers, statuses, roles, case sources, indicators, tag categories, problem types). lang=zh-CN (default) or en; without it, Accept-Language decides.
         *
         *     角色 / Roles: 公开，无需令牌 / public, no token
         */
        get: operations["getLabels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/anonymous": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签发匿名人员编号 / Issue an anonymous person id
         * @description 签发匿名人员编号。
         *
         *     Issue an anonymous person id.
         *
         *     角色 / Roles: AREA_ADMIN, COUNSELLOR, GRID_WORKER, SYSTEM_ADMIN
         */
        post: operations["issueAnonymousPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询居民（工作清单） / Search residents (work lists)
         * @description 查询居民（工作清单）。
         *
         *     Search residents (work lists).
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["searchResidents"];
        put?: never;
        /**
         * 登记居民 / Register a resident
         * @description 登记居民。
         *
         *     Register a resident.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        post: operations["registerResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看居民 / Get a resident
         * @description 查看居民。
         *
         *     Get a resident.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["getResident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记居民迁出/离开 / Record a resident's departure
         * @description 登记居民迁出/离开。
         *
         *     Record a resident's departure.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        post: operations["recordResidentDeparture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置居民风险等级 / Set a resident's risk level
         * @description 设置居民风险等级。
         *
         *     Set a resident's risk level.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        put: operations["setResidentRisk"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 添加重点人群标签 / Tag a resident
         * @description 添加重点人群标签。
         *
         *     Tag a resident.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, POLICE_LIAISON, SYSTEM_ADMIN
         */
        post: operations["tagResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/tags/{tagId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束标签 / End a resident's tag
         * @description 结束标签。
         *
         *     End a resident's tag.
         *
         *     角色 / Roles: POLICE_LIAISON, SYSTEM_ADMIN
         */
        post: operations["endResidentTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 居民转网格 / Transfer a resident to another grid
         * @description 居民转网格。
         *
         *     Transfer a resident to another grid.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["transferResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/duplicate-queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 疑似重复居民队列 / Queue of suspected duplicate residents
         * @description 疑似重复居民队列。
         *
         *     Queue of suspected duplicate residents.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        get: operations["listDuplicateResidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/key-rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 轮换居民数据密钥 / Re-wrap resident data keys
         * @description 轮换居民数据密钥。
         *
         *     Re-wrap resident data keys.
         *
         *     角色 / Roles: SYSTEM_ADMIN
         */
        post: operations["rotateResidentKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/grid-service": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看数据保留策略 / Retention policy
         * @description 查看数据保留策略。
         *
         *     Retention policy.
         *
         *     角色 / Roles: SYSTEM_ADMIN, AUDITOR
         */
        get: operations["getRetentionPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/grid-service/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 立即执行数据清理 / Run the retention purge now
         * @description 立即执行数据清理。
         *
         *     Run the retention purge now.
         *
         *     角色 / Roles: SYSTEM_ADMIN
         */
        post: operations["runRetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tag-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询标签类别 / List tag categories
         * @description 查询标签类别。
         *
         *     List tag categories.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["listTagCategories"];
        put?: never;
        /**
         * 新增标签类别 / Add a tag category
         * @description 新增标签类别。
         *
         *     Add a tag category.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["addTagCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visit-policies/{areaCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看走访频次规则 / Get the visit policy of an area
         * @description 查看走访频次规则。
         *
         *     Get the visit policy of an area.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getVisitPolicy"];
        /**
         * 设置走访频次规则 / Set the visit policy of an area
         * @description 设置走访频次规则。
         *
         *     Set the visit policy of an area.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        put: operations["setVisitPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询走访记录 / List visits
         * @description 查询走访记录。
         *
         *     List visits.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["listVisits"];
        put?: never;
        /**
         * 登记走访 / Record a visit
         * @description 登记走访。
         *
         *     Record a visit.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        post: operations["recordVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看走访记录 / Get a visit
         * @description 查看走访记录。
         *
         *     Get a visit.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["getVisit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 待走访清单 / Visits due
         * @description 待走访清单。
         *
         *     Visits due.
         *
         *     角色 / Roles: AREA_ADMIN, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["listDueVisits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-calendars/{areaCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看工作日历 / Get an area's work calendar
         * @description 查看工作日历。
         *
         *     Get an area's work calendar.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getWorkCalendar"];
        /**
         * 设置工作日历 / Set an area's work calendar
         * @description 设置工作日历。
         *
         *     Set an area's work calendar.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        put: operations["setWorkCalendar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AddCategoryRequest: {
            areaCode: string;
            code: string;
            department?: string;
            name: string;
            /** @enum {string} */
            sensitivity?: "GENERAL" | "SENSITIVE" | "POLICE_JUSTICE";
        };
        AnonymousRequest: {
            areaCode: string;
        };
        AreaCalendar: {
            areaCode?: string;
            areaPath?: string[];
            holidays?: string[];
            nationalKnown?: boolean;
            ownHolidays?: string[];
            ownWorkingDays?: string[];
            workingDays?: string[];
            /** Format: int32 */
            year?: number;
        };
        AreaDeadlines: {
            areaCode?: string;
            areaPath?: string[];
            effective?: {
                [key: string]: components["schemas"]["DeadlinesResolved"];
            };
            own?: {
                [key: string]: components["schemas"]["Override"];
            };
        };
        AreaPage: {
            items?: components["schemas"]["AreaResponse"][];
            next?: string;
        };
        AreaResponse: {
            code?: string;
            id?: string;
            /** @enum {string} */
            level?: "PROVINCE" | "CITY" | "COUNTY" | "TOWN" | "VILLAGE" | "GRID";
            name?: string;
            neighbours?: string[];
            parentCode?: string;
            path?: string[];
            pending?: components["schemas"]["PendingView"];
            /** Format: int64 */
            population?: number;
            predecessorCodes?: string[];
            successorCodes?: string[];
            urban?: boolean;
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validTo?: string;
            /** Format: int64 */
            version?: number;
        };
        Assignment: {
            gridCode?: string;
            gridPath?: string[];
            id?: string;
            personId?: string;
            /** @enum {string} */
            role?: "LEADER" | "WORKER" | "VOLUNTEER";
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validTo?: string;
        };
        AssignmentPage: {
            items?: components["schemas"]["Assignment"][];
            next?: string;
        };
        AssignRequest: {
            gridCode: string;
            personId: string;
            /** @enum {string} */
            role: "LEADER" | "WORKER" | "VOLUNTEER";
            /** Format: date */
            validFrom?: string;
        };
        AuditEntry: {
            actor?: string;
            /** Format: date-time */
            at?: string;
            chain?: string;
            dataSubject?: string;
            fieldsClass?: string;
            hash?: string;
            prevHash?: string;
            purpose?: string;
            recordId?: string;
            recordType?: string;
            roles?: string[];
            /** Format: int64 */
            seq?: number;
            service?: string;
        };
        AuditEntryPage: {
            items?: components["schemas"]["AuditEntry"][];
            next?: string;
        };
        AuditVerification: {
            /** Format: int32 */
            chains?: number;
            /** Format: int64 */
            entries?: number;
            intact?: boolean;
            problems?: string[];
        };
        CalendarRequest: {
            holidays?: string[];
            workingDays?: string[];
        };
        CategorySetting: {
            deadline?: string;
            escalateEvery?: string;
        };
        CreateAreaRequest: {
            code: string;
            /** @enum {string} */
            level: "PROVINCE" | "CITY" | "COUNTY" | "TOWN" | "VILLAGE" | "GRID";
            name: string;
            parentCode?: string;
            /** Format: int64 */
            population?: number;
            urban?: boolean;
            /** Format: date */
            validFrom?: string;
        };
        DeadlinesRequest: {
            categories: {
                [key: string]: components["schemas"]["CategorySetting"];
            };
        };
        DeadlinesResolved: {
            deadline?: string;
            deadlineFrom?: string;
            escalateEvery?: string;
            escalateEveryFrom?: string;
        };
        Departure: {
            /** Format: date-time */
            at?: string;
            /** Format: date */
            on?: string;
            /** @enum {string} */
            reason?: "MOVED_OUT" | "DECEASED" | "DEREGISTERED";
        };
        DepartureRequest: {
            at: string;
            /** @enum {string} */
            reason: "MOVED_OUT" | "DECEASED" | "DEREGISTERED";
        };
        DueItem: {
            /** Format: date-time */
            dueAt?: string;
            gridCode?: string;
            kind?: string;
            reasons?: string[];
            residentId?: string;
            /** @enum {string} */
            status?: "NONE" | "UPCOMING" | "DUE" | "OVERDUE" | "EXPIRED";
            subjectId?: string;
        };
        DueItemPage: {
            items?: components["schemas"]["DueItem"][];
            next?: string;
        };
        EndRequest: {
            /** Format: date */
            validTo?: string;
        };
        EndTagRequest: {
            /** Format: date */
            validTo?: string;
        };
        Evidence: {
            /** Format: date-time */
            at?: string;
            by?: string;
            hash?: string;
            note?: string;
        };
        GridEventPage: {
            items?: components["schemas"]["GridEventView"][];
            next?: string;
        };
        GridEventView: {
            category?: string;
            /** Format: date-time */
            closedAt?: string;
            closedBy?: string;
            /** Format: date-time */
            deadlineAt?: string;
            deadlineFrom?: string;
            /** Format: date-time */
            dispatchedAt?: string;
            escalatedTo?: string;
            /** Format: int32 */
            escalationLevel?: number;
            /** Format: int32 */
            evaluationScore?: number;
            /** Format: date-time */
            feedbackAt?: string;
            gridCode?: string;
            gridPath?: string[];
            handlerId?: string;
            history?: components["schemas"]["Step"][];
            id?: string;
            inSupervision?: boolean;
            notifiedGrids?: string[];
            /** Format: date-time */
            occurredAt?: string;
            onTime?: boolean;
            /** Format: date-time */
            openedAt?: string;
            openedBy?: string;
            reportedBy?: string;
            /** @enum {string} */
            status?: "COLLECTED" | "OPENED" | "DISPATCHED" | "HANDLING" | "FEEDBACK_GIVEN" | "VERIFIED" | "CLOSED" | "EVALUATED";
            subjectId?: string;
            title?: string;
            /** Format: int64 */
            version?: number;
            view?: string;
        };
        InspectionDocument: {
            areaCode?: string;
            areaPath?: string[];
            category?: string;
            /** Format: double */
            deductionPoints?: number;
            evidence?: components["schemas"]["Evidence"][];
            finding?: string;
            id?: string;
            idempotencyKey?: string;
            inspectorId?: string;
            onTime?: boolean;
            outbox?: components["schemas"]["OutboxEvent"][];
            overdue?: boolean;
            /** Format: date-time */
            recordedAt?: string;
            /** Format: date-time */
            rectifiedAt?: string;
            /** Format: date */
            rectifyBy?: string;
            rejections?: components["schemas"]["Rejection"][];
            /** @enum {string} */
            status?: "OPEN" | "RECTIFIED" | "VERIFIED";
            unit?: string;
            /** Format: date-time */
            verifiedAt?: string;
            verifiedBy?: string;
            /** Format: int64 */
            version?: number;
        };
        InspectionDocumentPage: {
            items?: components["schemas"]["InspectionDocument"][];
            next?: string;
        };
        Issued: {
            areaCode?: string;
            areaPath?: string[];
            /** Format: date-time */
            issuedAt?: string;
            personId?: string;
        };
        /** @description 密钥轮换结果 / Result of a key rotation */
        KeyRotation: {
            /**
             * Format: int64
             * @description 重新封装的记录数 / Records re-wrapped
             */
            rewrapped: number;
        };
        Kpis: {
            /** Format: date-time */
            asOf?: string;
            /** Format: int64 */
            countedVisitsLast30Days?: number;
            gridCode?: string;
            gridPath?: string[];
            /** Format: int64 */
            openCases?: number;
            /** Format: int64 */
            overdueCases?: number;
            /** Format: int64 */
            residents?: number;
            /** Format: int64 */
            staff?: number;
            /** Format: int64 */
            visitsDue?: number;
            /** Format: int64 */
            visitsLast30Days?: number;
            /** Format: int64 */
            visitsOverdue?: number;
        };
        LabelSet: {
            categories?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            lang?: string;
        };
        MergeRequest: {
            /** Format: date */
            effectiveFrom?: string;
            intoCode: string;
        };
        NeighboursRequest: {
            codes: string[];
        };
        OutboxEvent: {
            /** Format: int64 */
            aggregateVersion?: number;
            eventId?: string;
            key?: string;
            /** Format: date-time */
            occurredAt?: string;
            payload?: string;
            subject?: string;
            topic?: string;
            traceparent?: string;
            type?: string;
        };
        Override: {
            deadline?: string;
            escalateEvery?: string;
        };
        PendingView: {
            /** Format: date */
            effectiveFrom?: string;
            kind?: string;
            name?: string;
            parentCode?: string;
            /** Format: date-time */
            requestedAt?: string;
            requestedBy?: string;
        };
        PolicyDocument: {
            areaCode?: string;
            areaPath?: string[];
            /** @enum {string} */
            earlyVisits?: "ADVANCE" | "IGNORE";
            /** Format: int32 */
            expireDays?: number;
            /** Format: int32 */
            initialDays?: number;
            /** Format: int32 */
            leadDays?: number;
            photoRequiredTags?: string[];
            riskIntervalDays?: {
                [key: string]: number;
            };
            tagIntervalDays?: {
                [key: string]: number;
            };
            /** Format: date-time */
            updatedAt?: string;
            updatedBy?: string;
        };
        PolicyRequest: {
            /** @enum {string} */
            earlyVisits?: "ADVANCE" | "IGNORE";
            /** Format: int32 */
            expireDays?: number;
            /** Format: int32 */
            initialDays?: number;
            /** Format: int32 */
            leadDays?: number;
            photoRequiredTags?: string[];
            riskIntervalDays?: {
                [key: string]: number;
            };
            tagIntervalDays?: {
                [key: string]: number;
            };
        };
        PopulationTag: {
            addedBy?: string;
            category?: string;
            department?: string;
            /** @enum {string} */
            sensitivity?: "GENERAL" | "SENSITIVE" | "POLICE_JUSTICE";
            tagId?: string;
            /** Format: date */
            validFrom?: string;
            /** Format: date */
            validTo?: string;
        };
        /**
         * @description RFC 9457 问题详情：type 与 code 稳定，title 与 detail 默认中文（Accept-Language: en 为英文） / RFC 9457 problem details: type and code are stable; title and detail are Chinese by default, English with Accept-Language: en
         * @example {
         *       "code": "not-found",
         *       "detail": "记录不存在，或不在您的辖区内",
         *       "instance": "/api/v1/crisis-cases/cc-1",
         *       "status": 404,
         *       "title": "未找到",
         *       "type": "https://socialpsych.org/problems/not-found"
         *     }
         */
        ProblemDetail: {
            /**
             * @description 问题代码（type 的末段） / Problem code (the type's last segment)
             * @enum {string}
             */
            code: "already-departed" | "area-has-children" | "bad-request" | "change-pending" | "concurrent-change" | "concurrent-update" | "duplicate" | "duplicate-area-code" | "duplicate-resident" | "duplicate-tag" | "duplicate-tag-category" | "encryption-unavailable" | "forbidden" | "grid-has-leader" | "idempotency-key-reused" | "internal" | "invalid-parameter" | "invalid-successor" | "invalid-transition" | "malformed-body" | "missing-filter" | "not-a-grid" | "not-found" | "purged" | "rejected-request" | "resident-departed" | "supervision-separation" | "too-large" | "unauthenticated" | "unknown-change" | "unknown-neighbour" | "unknown-parameter" | "unknown-parent" | "unknown-successor" | "uri-too-long" | "validation";
            /** @description 说明 / Detail */
            detail?: string;
            /** @description 字段错误 / Field errors */
            errors?: {
                /** @description 字段 / Field */
                field?: string;
                /** @description 原因 / Reason */
                message?: string;
            }[];
            /**
             * Format: uri-reference
             * @description 请求路径 / Request path
             */
            instance?: string;
            /**
             * Format: int32
             * @description HTTP 状态码 / HTTP status
             */
            status: number;
            /** @description 标题 / Title */
            title: string;
            /**
             * Format: uri
             * @description 问题类型 / Problem type
             * @enum {string}
             */
            type: "https://socialpsych.org/problems/already-departed" | "https://socialpsych.org/problems/area-has-children" | "https://socialpsych.org/problems/bad-request" | "https://socialpsych.org/problems/change-pending" | "https://socialpsych.org/problems/concurrent-change" | "https://socialpsych.org/problems/concurrent-update" | "https://socialpsych.org/problems/duplicate" | "https://socialpsych.org/problems/duplicate-area-code" | "https://socialpsych.org/problems/duplicate-resident" | "https://socialpsych.org/problems/duplicate-tag" | "https://socialpsych.org/problems/duplicate-tag-category" | "https://socialpsych.org/problems/encryption-unavailable" | "https://socialpsych.org/problems/forbidden" | "https://socialpsych.org/problems/grid-has-leader" | "https://socialpsych.org/problems/idempotency-key-reused" | "https://socialpsych.org/problems/internal" | "https://socialpsych.org/problems/invalid-parameter" | "https://socialpsych.org/problems/invalid-successor" | "https://socialpsych.org/problems/invalid-transition" | "https://socialpsych.org/problems/malformed-body" | "https://socialpsych.org/problems/missing-filter" | "https://socialpsych.org/problems/not-a-grid" | "https://socialpsych.org/problems/not-found" | "https://socialpsych.org/problems/purged" | "https://socialpsych.org/problems/rejected-request" | "https://socialpsych.org/problems/resident-departed" | "https://socialpsych.org/problems/supervision-separation" | "https://socialpsych.org/problems/too-large" | "https://socialpsych.org/problems/unauthenticated" | "https://socialpsych.org/problems/unknown-change" | "https://socialpsych.org/problems/unknown-neighbour" | "https://socialpsych.org/problems/unknown-parameter" | "https://socialpsych.org/problems/unknown-parent" | "https://socialpsych.org/problems/unknown-successor" | "https://socialpsych.org/problems/uri-too-long" | "https://socialpsych.org/problems/validation";
        };
        QueuedDuplicate: {
            areaCode?: string;
            duplicateOf?: string;
            gridCode?: string;
            id?: string;
            /** Format: date-time */
            queuedAt?: string;
        };
        QueuedDuplicatePage: {
            items?: components["schemas"]["QueuedDuplicate"][];
            next?: string;
        };
        ReassignRequest: {
            /** Format: date */
            effectiveDate?: string;
            fromPersonId: string;
            toPersonId: string;
        };
        ReassignResponse: {
            created?: components["schemas"]["Assignment"][];
            ended?: components["schemas"]["Assignment"][];
        };
        RecordRequest: {
            areaCode: string;
            category: string;
            /** Format: double */
            deductionPoints: number;
            finding: string;
            /** Format: date */
            rectifyBy: string;
            unit?: string;
        };
        RecordVisitRequest: {
            /** Format: int32 */
            durationMinutes?: number;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
            note?: string;
            photoHash?: string;
            residentId: string;
            /** Format: date-time */
            visitedAt: string;
        };
        RectifyRequest: {
            evidenceHash: string;
            note?: string;
        };
        RegisterRequest: {
            address?: string;
            gridCode: string;
            guardianId?: string;
            householdId?: string;
            idNumber: string;
            name: string;
            phone?: string;
            /** @enum {string} */
            riskLevel?: "NONE" | "LOW" | "MEDIUM" | "HIGH";
        };
        Rejection: {
            /** Format: date-time */
            at?: string;
            by?: string;
            reason?: string;
        };
        RenameRequest: {
            /** Format: date */
            effectiveFrom?: string;
            name: string;
        };
        ReparentRequest: {
            /** Format: date */
            effectiveFrom?: string;
            parentCode: string;
        };
        ReportRequest: {
            category: string;
            description?: string;
            gridCode: string;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
            /** Format: date-time */
            occurredAt?: string;
            subjectId?: string;
            title: string;
        };
        ResidentPage: {
            items?: components["schemas"]["ResidentView"][];
            next?: string;
        };
        ResidentView: {
            address?: string;
            departure?: components["schemas"]["Departure"];
            gridCode?: string;
            gridPath?: string[];
            guardianId?: string;
            householdId?: string;
            id?: string;
            idNumberMasked?: string;
            name?: string;
            phone?: string;
            /** @enum {string} */
            riskLevel?: "NONE" | "LOW" | "MEDIUM" | "HIGH";
            tags?: components["schemas"]["PopulationTag"][];
            /** Format: int64 */
            version?: number;
            view?: string;
        };
        RetentionClassPolicy: {
            clockStartsAt?: string;
            keep?: string;
            name?: string;
            recordType?: string;
        };
        RetentionPolicy: {
            classes?: components["schemas"]["RetentionClassPolicy"][];
            enabled?: boolean;
            interval?: string;
        };
        RetentionRun: {
            purged?: {
                [key: string]: number;
            };
        };
        RetireRequest: {
            successorCodes?: string[];
            /** Format: date */
            validTo?: string;
        };
        RiskRequest: {
            /** @enum {string} */
            riskLevel: "NONE" | "LOW" | "MEDIUM" | "HIGH";
        };
        RotationRequest: unknown;
        Step: {
            /** Format: date-time */
            at?: string;
            by?: string;
            note?: string;
            step?: string;
        };
        StepRequest: {
            handlerId?: string;
            note?: string;
            /** Format: int32 */
            score?: number;
        };
        TagCategoriesResolved: {
            areaCode?: string;
            code?: string;
            department?: string;
            name?: string;
            /** @enum {string} */
            sensitivity?: "GENERAL" | "SENSITIVE" | "POLICE_JUSTICE";
        };
        TagRequest: {
            category: string;
            department?: string;
            /** Format: date */
            validFrom?: string;
        };
        TransferRequest: {
            reason: string;
            toGrid: string;
        };
        VerifyRequest: {
            accepted?: boolean;
            reason?: string;
        };
        VisitPage: {
            items?: components["schemas"]["VisitView"][];
            next?: string;
        };
        VisitPolicy: {
            /** @enum {string} */
            earlyVisits?: "ADVANCE" | "IGNORE";
            /** Format: int32 */
            expireDays?: number;
            /** Format: int32 */
            initialDays?: number;
            /** Format: int32 */
            leadDays?: number;
            photoRequiredTags?: string[];
            riskIntervalDays?: {
                [key: string]: number;
            };
            tagIntervalDays?: {
                [key: string]: number;
            };
        };
        VisitView: {
            counted?: boolean;
            /** Format: date-time */
            dueAt?: string;
            /** Format: int32 */
            durationMinutes?: number;
            /** Format: date-time */
            enteredAt?: string;
            flags?: string[];
            gridCode?: string;
            gridPath?: string[];
            id?: string;
            lateEntry?: boolean;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
            onTime?: boolean;
            photoHash?: string;
            residentId?: string;
            /** Format: date-time */
            visitedAt?: string;
            workerId?: string;
        };
    };
    responses: {
        /** @description 请求无效：参数、字段或请求体有误 / Bad request: invalid parameters, fields or body */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
        /** @description 冲突：记录已变化或已存在 / Conflict: the record changed or already exists */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
        /** @description 无权限：角色或辖区不允许 / Forbidden: not allowed for the role or area */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
        /** @description 服务器内部错误（已记录） / Internal error (logged) */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
        /** @description 未找到，或不在您的辖区内 / Not found, or outside your area */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
        /** @description 请求体过大 / Request body too large */
        TooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
        /** @description 未认证：缺少或无效的令牌 / Unauthenticated: missing or invalid bearer token */
        Unauthenticated: {
            headers: {
                /** @description RFC 6750 质询：Bearer，令牌被拒时带 error="invalid_token" / RFC 6750 challenge: Bearer, with error="invalid_token" when a token was refused */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
        /** @description 业务规则不允许该请求 / Unprocessable: a business rule refuses the request */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetail"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAreas: {
        parameters: {
            query?: {
                /** @description asOf */
                asOf?: string;
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description parent */
                parent?: string;
                /** @description under */
                under?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAreaRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getArea: {
        parameters: {
            query?: {
                /** @description asOf */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    mergeArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    setAreaNeighbours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NeighboursRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelPendingAreaChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    renameArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RenameRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    reparentArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReparentRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    retireArea: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetireRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description actor */
                actor?: string;
                /** @description cursor */
                cursor?: string;
                /** @description dataSubject */
                dataSubject?: string;
                /** @description limit */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getSubjectAccessReport: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description dataSubject */
                dataSubject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getGridEventDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaDeadlines"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    setGridEventDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeadlinesRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaDeadlines"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listGridEvents: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description grid */
                grid?: string;
                /** @description limit */
                limit?: number;
                /** @description overdue */
                overdue?: boolean;
                /** @description status */
                status?: "COLLECTED" | "OPENED" | "DISPATCHED" | "HANDLING" | "FEEDBACK_GIVEN" | "VERIFIED" | "CLOSED" | "EVALUATED";
                /** @description supervisedBy */
                supervisedBy?: string;
                /** @description under */
                under?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridEventPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    reportGridEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridEventView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getGridEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridEventView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    advanceGridEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
                /** @description step */
                step: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GridEventView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listGridStaff: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description grid */
                grid?: string;
                /** @description limit */
                limit?: number;
                /** @description person */
                person?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    assignGridStaff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    endGridStaffAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Assignment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    reassignGridStaff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReassignRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReassignResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listGridStaffRoster: {
        parameters: {
            query: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description role */
                role?: "LEADER" | "WORKER" | "VOLUNTEER";
                /** @description under */
                under: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getGridKpis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description code */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kpis"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listInspections: {
        parameters: {
            query: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description overdue */
                overdue?: boolean;
                /** @description status */
                status?: "OPEN" | "RECTIFIED" | "VERIFIED";
                /** @description under */
                under: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDocumentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    recordInspection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    rectifyInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RectifyRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyInspection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InspectionDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getLabels: {
        parameters: {
            query?: {
                /** @description 语言：zh-CN（默认）或 en / Language, zh-CN (default) or en */
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LabelSet"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    issueAnonymousPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnonymousRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Issued"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    searchResidents: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description grid */
                grid?: string;
                /** @description household */
                household?: string;
                /** @description idNumber */
                idNumber?: string;
                /** @description limit */
                limit?: number;
                /** @description name */
                name?: string;
                /** @description tag */
                tag?: string;
                /** @description under */
                under?: string;
            };
            header?: {
                /** @description X-Purpose */
                "X-Purpose"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    registerResident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getResident: {
        parameters: {
            query?: never;
            header?: {
                /** @description X-Purpose */
                "X-Purpose"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    recordResidentDeparture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DepartureRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    setResidentRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RiskRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    tagResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    endResidentTag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
                /** @description tagId */
                tagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndTagRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    transferResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listDuplicateResidents: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedDuplicatePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateResidentKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RotationRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyRotation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getRetentionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    runRetention: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": string;
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRun"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listTagCategories: {
        parameters: {
            query: {
                /** @description area */
                area: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCategoriesResolved"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    addTagCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCategoryRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagCategoriesResolved"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getVisitPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPolicy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    setVisitPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    listVisits: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description from */
                from?: string;
                /** @description grid */
                grid?: string;
                /** @description limit */
                limit?: number;
                /** @description resident */
                resident?: string;
                /** @description to */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    recordVisit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordVisitRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
    getVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listDueVisits: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description grid */
                grid?: string;
                /** @description horizonDays */
                horizonDays?: number;
                /** @description limit */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DueItemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getWorkCalendar: {
        parameters: {
            query?: {
                /** @description year */
                year?: number;
            };
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaCalendar"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    setWorkCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalendarRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaCalendar"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["TooLarge"];
            422: components["responses"]["Unprocessable"];
            500: components["responses"]["InternalError"];
        };
    };
}
