// Generated from docs/openapi/psych-service.json by scripts/generate.mjs; do not edit.
export interface paths {
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询预约 / List appointments
         * @description 查询预约。
         *
         *     List appointments.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        get: operations["listAppointments"];
        put?: never;
        /**
         * 预约心理服务 / Book an appointment
         * @description 预约心理服务。
         *
         *     Book an appointment.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看预约 / Get an appointment
         * @description 查看预约。
         *
         *     Get an appointment.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 取消预约 / Cancel an appointment
         * @description 取消预约。
         *
         *     Cancel an appointment.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记爽约 / Record a no-show
         * @description 登记爽约。
         *
         *     Record a no-show.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["recordAppointmentNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记咨询记录 / Record the counselling session
         * @description 登记咨询记录。
         *
         *     Record the counselling session.
         *
         *     角色 / Roles: CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["recordCounsellingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archives/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看个人心理档案 / Get a person's archive
         * @description 查看个人心理档案。
         *
         *     Get a person's archive.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["getArchive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/archives/{personId}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 紧急调阅档案 / Break-glass access to an archive
         * @description 紧急调阅档案。
         *
         *     Break-glass access to an archive.
         *
         *     角色 / Roles: CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR
         */
        post: operations["breakGlassArchive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/psych-service/entries": {
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
    "/api/v1/audit/psych-service/subject-access/{dataSubject}": {
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
    "/api/v1/audit/psych-service/verify": {
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
    "/api/v1/break-glass-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 紧急调阅复核队列 / Break-glass review queue
         * @description 紧急调阅复核队列。
         *
         *     Break-glass review queue.
         *
         *     角色 / Roles: AUDITOR
         */
        get: operations["listBreakGlassReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/break-glass-reviews/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 复核紧急调阅 / Review a break-glass access
         * @description 复核紧急调阅。
         *
         *     Review a break-glass access.
         *
         *     角色 / Roles: AUDITOR
         */
        post: operations["reviewBreakGlass"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看同意记录 / Consent ledger of a person
         * @description 查看同意记录。
         *
         *     Consent ledger of a person.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getConsentLedger"];
        put?: never;
        /**
         * 登记同意或撤回 / Record a consent or withdrawal
         * @description 登记同意或撤回。
         *
         *     Record a consent or withdrawal.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, RESIDENT, SYSTEM_ADMIN
         */
        post: operations["recordConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询危机个案 / List crisis cases
         * @description 查询危机个案。
         *
         *     List crisis cases.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["listCrisisCases"];
        put?: never;
        /**
         * 手工建立危机个案 / Open a crisis case by hand
         * @description 手工建立危机个案。
         *
         *     Open a crisis case by hand.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["openCrisisCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看危机个案 / Get a crisis case
         * @description 查看危机个案。
         *
         *     Get a crisis case.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["getCrisisCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 签收危机个案 / Acknowledge a crisis case
         * @description 签收危机个案。
         *
         *     Acknowledge a crisis case.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["acknowledgeCrisisCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请结案 / Request closure of a crisis case
         * @description 申请结案。
         *
         *     Request closure of a crisis case.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["closeCrisisCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/close/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审签结案 / Sign off a closure
         * @description 审签结案。
         *
         *     Sign off a closure.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["signOffCrisisCaseClosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 升级上报危机个案 / Escalate a crisis case
         * @description 升级上报危机个案。
         *
         *     Escalate a crisis case.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["escalateCrisisCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/first-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记首次接触 / Record first contact
         * @description 登记首次接触。
         *
         *     Record first contact.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["recordCrisisFirstContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/responders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 指派处置人员 / Assign a responder
         * @description 指派处置人员。
         *
         *     Assign a responder.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["assignCrisisResponder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/sign-off/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 驳回待审签事项 / Reject a pending sign-off
         * @description 驳回待审签事项。
         *
         *     Reject a pending sign-off.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["rejectCrisisSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/sign-off/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 撤回待审签事项 / Withdraw a pending sign-off
         * @description 撤回待审签事项。
         *
         *     Withdraw a pending sign-off.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["withdrawCrisisSignOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/tier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 申请调整风险等级 / Request a tier change
         * @description 申请调整风险等级。
         *
         *     Request a tier change.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["changeCrisisTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/tier/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审签风险等级调整 / Sign off a tier change
         * @description 审签风险等级调整。
         *
         *     Sign off a tier change.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["signOffCrisisTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/units/{unit}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 处置单位签收 / A responder unit acknowledges
         * @description 处置单位签收。
         *
         *     A responder unit acknowledges.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        post: operations["acknowledgeCrisisUnit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/{id}/units/{unit}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 处置单位登记接触 / A responder unit records contact
         * @description 处置单位登记接触。
         *
         *     A responder unit records contact.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        post: operations["recordCrisisUnitContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-cases/queues/{queue}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 危机个案工作队列 / Crisis case work queue
         * @description 危机个案工作队列。
         *
         *     Crisis case work queue.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["getCrisisCaseQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-slas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询危机处置时限 / Effective crisis SLAs
         * @description 查询危机处置时限。
         *
         *     Effective crisis SLAs.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["listCrisisSlas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/crisis-slas/{areaCode}/{tier}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置危机处置时限 / Set a crisis SLA
         * @description 设置危机处置时限。
         *
         *     Set a crisis SLA.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        put: operations["setCrisisSla"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grid-follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询网格随访任务 / List grid follow-ups
         * @description 查询网格随访任务。
         *
         *     List grid follow-ups.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["listGridFollowUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hotline-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询热线来电 / List hotline calls
         * @description 查询热线来电。
         *
         *     List hotline calls.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        get: operations["listHotlineCalls"];
        put?: never;
        /**
         * 登记热线来电 / Record a hotline call
         * @description 登记热线来电。
         *
         *     Record a hotline call.
         *
         *     角色 / Roles: HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["recordHotlineCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/hotline-calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看热线来电 / Get a hotline call
         * @description 查看热线来电。
         *
         *     Get a hotline call.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        get: operations["getHotlineCall"];
        put?: never;
        post?: never;
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
    "/api/v1/notification-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询通知送达情况 / List notification deliveries
         * @description 查询通知送达情况。
         *
         *     List notification deliveries.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        get: operations["listNotificationDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 确认收到通知 / Confirm receipt of a notification
         * @description 确认收到通知。
         *
         *     Confirm receipt of a notification.
         *
         *     角色 / Roles: EXTERNAL_SYSTEM, SYSTEM_ADMIN
         */
        post: operations["confirmNotificationReceipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practitioners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询服务人员 / List practitioners
         * @description 查询服务人员。
         *
         *     List practitioners.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["listPractitioners"];
        put?: never;
        /**
         * 登记服务人员 / Register a practitioner
         * @description 登记服务人员。
         *
         *     Register a practitioner.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["registerPractitioner"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practitioners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看服务人员 / Get a practitioner
         * @description 查看服务人员。
         *
         *     Get a practitioner.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getPractitioner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practitioners/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 设置可服务状态 / Set a practitioner's availability
         * @description 设置可服务状态。
         *
         *     Set a practitioner's availability.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["setPractitionerAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practitioners/{id}/training": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记培训 / Record a practitioner's training
         * @description 登记培训。
         *
         *     Record a practitioner's training.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["recordPractitionerTraining"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询转介 / List referrals
         * @description 查询转介。
         *
         *     List referrals.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        get: operations["listReferrals"];
        put?: never;
        /**
         * 发起转介 / Create a referral
         * @description 发起转介。
         *
         *     Create a referral.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["createReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看转介 / Get a referral
         * @description 查看转介。
         *
         *     Get a referral.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        get: operations["getReferral"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 接收转介 / Accept a referral
         * @description 接收转介。
         *
         *     Accept a referral.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["acceptReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 转介结案 / Close a referral
         * @description 转介结案。
         *
         *     Close a referral.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["closeReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 拒收转介 / Decline a referral
         * @description 拒收转介。
         *
         *     Decline a referral.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["declineReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/first-contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记转介首次接触 / Record first contact of a referral
         * @description 登记转介首次接触。
         *
         *     Record first contact of a referral.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["recordReferralFirstContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/referrals/{id}/redirect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 改转其他机构 / Redirect a referral
         * @description 改转其他机构。
         *
         *     Redirect a referral.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, HOTLINE_OPERATOR, SYSTEM_ADMIN
         */
        post: operations["redirectReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responder-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询处置单位 / List responder units
         * @description 查询处置单位。
         *
         *     List responder units.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["listResponderUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/responder-units/{areaCode}/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 设置处置单位 / Set a responder unit
         * @description 设置处置单位。
         *
         *     Set a responder unit.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        put: operations["setResponderUnit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/psych-service": {
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
    "/api/v1/retention/psych-service/runs": {
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
    "/api/v1/service-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询服务站点 / Search service points
         * @description 查询服务站点。
         *
         *     Search service points.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["searchServicePoints"];
        put?: never;
        /**
         * 登记服务站点 / Register a service point
         * @description 登记服务站点。
         *
         *     Register a service point.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["registerServicePoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看服务站点 / Get a service point
         * @description 查看服务站点。
         *
         *     Get a service point.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getServicePoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/service-points/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 变更站点建设状态 / Change a service point's status
         * @description 变更站点建设状态。
         *
         *     Change a service point's status.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["setServicePointStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/smd-patients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询严重精神障碍患者 / List SMD patients
         * @description 查询严重精神障碍患者。
         *
         *     List SMD patients.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["listSmdPatients"];
        put?: never;
        /**
         * 登记严重精神障碍患者 / Register an SMD patient
         * @description 登记严重精神障碍患者。
         *
         *     Register an SMD patient.
         *
         *     角色 / Roles: CLINICIAN, SYSTEM_ADMIN
         */
        post: operations["registerSmdPatient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/smd-patients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看严重精神障碍患者 / Get an SMD patient
         * @description 查看严重精神障碍患者。
         *
         *     Get an SMD patient.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, GRID_WORKER, SYSTEM_ADMIN
         */
        get: operations["getSmdPatient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/smd-patients/{id}/case-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 设置个案管理小组 / Set the case team
         * @description 设置个案管理小组。
         *
         *     Set the case team.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, SYSTEM_ADMIN
         */
        post: operations["setSmdCaseTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/smd-patients/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记随访 / Record a follow-up
         * @description 登记随访。
         *
         *     Record a follow-up.
         *
         *     角色 / Roles: CLINICIAN, SYSTEM_ADMIN
         */
        post: operations["recordSmdFollowUp"];
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
        Access: {
            /** @enum {string} */
            basis?: "OWNERSHIP" | "TASK" | "BREAK_GLASS";
            legalBasis?: string;
        };
        /** @description 预约。按调用者的字段视图返回：临床（完整）、治理（无临床内容）或最小视图 / In the caller's field view: clinical (full), governance (no clinical content) or minimal */
        Appointment: components["schemas"]["AppointmentView"] | components["schemas"]["GovernanceAppointmentView"] | components["schemas"]["MinimalAppointmentView"];
        AppointmentView: {
            areaCode?: string;
            /** Format: date-time */
            bookedAt?: string;
            /** Format: date-time */
            endedAt?: string;
            id?: string;
            personId?: string;
            practitionerId?: string;
            servicePointId?: string;
            session?: components["schemas"]["CounsellingSession"];
            /** Format: date-time */
            slotStart?: string;
            /** @enum {string} */
            status?: "BOOKED" | "CANCELLED" | "NO_SHOW" | "COMPLETED";
            /** Format: int64 */
            version?: number;
        };
        /** @description 个人心理档案。按调用者的字段视图返回：临床（完整）、治理（无临床内容）或最小视图 / In the caller's field view: clinical (full), governance (no clinical content) or minimal */
        Archive: components["schemas"]["ClinicalArchive"] | components["schemas"]["GovernanceArchive"] | components["schemas"]["MinimalArchive"];
        AreaSlaServiceEffective: {
            acknowledge?: string;
            acknowledgeFrom?: string;
            escalationStep?: string;
            escalationStepFrom?: string;
            firstContact?: string;
            firstContactFrom?: string;
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW";
        };
        AssessmentView: {
            assessmentId?: string;
            band?: string;
            /** Format: date-time */
            date?: string;
            instrument?: string;
            /** Format: double */
            score?: number;
            tier?: string;
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
        AvailabilityRequest: {
            available: boolean;
        };
        BookRequest: {
            personId: string;
            practitionerId?: string;
            servicePointId: string;
            /** Format: date-time */
            slotStart: string;
        };
        BreakGlassRequest: {
            reason: string;
        };
        BreakGlassReviewControllerReviewRequest: {
            /** @enum {string} */
            finding: "JUSTIFIED" | "NOT_JUSTIFIED";
            note?: string;
        };
        CallView: {
            anonymous?: boolean;
            areaCode?: string;
            callerSubjectId?: string;
            /** @enum {string} */
            channel?: "PHONE" | "ONLINE_CHAT" | "SMS" | "WALK_IN";
            crisisCaseId?: string;
            dispatches?: components["schemas"]["Dispatch"][];
            /** Format: int32 */
            durationSeconds?: number;
            followUpRef?: string;
            id?: string;
            line?: string;
            linkages?: ("POLICE_110" | "AMBULANCE_120" | "SERVICE_12345")[];
            operator?: string;
            /** @enum {string} */
            outcome?: "COUNSELLED" | "REFERRED" | "CRISIS_CASE_OPENED" | "HANDED_OVER" | "INFORMATION" | "DROPPED" | "OTHER";
            /** Format: date-time */
            startedAt?: string;
            summary?: string;
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW" | "NONE";
        };
        CaseTeamRequest: {
            caseTeam: string[];
            responsibleWorker?: string;
        };
        CaseView: {
            acknowledgeBreached?: boolean;
            /** Format: date-time */
            acknowledgeBy?: string;
            /** Format: date-time */
            acknowledgedAt?: string;
            areaCode?: string;
            areaPath?: string[];
            assignees?: ("POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM")[];
            /** Format: date-time */
            closedAt?: string;
            /** @enum {string} */
            escalationLevel?: "GRID_TEAM" | "TOWN" | "COUNTY" | "EMERGENCY";
            escalations?: components["schemas"]["Escalation"][];
            /** Format: date-time */
            firstContactAt?: string;
            firstContactBreached?: boolean;
            /** Format: date-time */
            firstContactBy?: string;
            id?: string;
            joinedRefs?: string[];
            notifications?: components["schemas"]["Notification"][];
            /** Format: date-time */
            openedAt?: string;
            /** @enum {string} */
            outcome?: "RESOLVED" | "REFERRED" | "HOSPITALISED" | "HANDED_TO_POLICE" | "NO_CONTACT_POSSIBLE" | "DECEASED" | "OTHER";
            pendingSignOff?: components["schemas"]["PendingSignOff"];
            reasons?: string[];
            responders?: string[];
            review?: components["schemas"]["Review"];
            seriousIncident?: boolean;
            /** @enum {string} */
            source?: "RISK_FLAG" | "HOTLINE" | "GRID_REPORT" | "MANUAL" | "SESSION";
            sourceRef?: string;
            /** @enum {string} */
            status?: "OPEN" | "ACKNOWLEDGED" | "IN_CONTACT" | "CLOSED";
            subjectId?: string;
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW";
            timeline?: components["schemas"]["CrisisCaseTimelineEntry"][];
            units?: components["schemas"]["UnitAssignment"][];
            /** Format: int64 */
            version?: number;
        };
        ClinicalArchive: {
            access?: components["schemas"]["Access"];
            assessments?: components["schemas"]["AssessmentView"][];
            consents?: components["schemas"]["ConsentState"][];
            crisisCases?: components["schemas"]["CrisisCaseSummary"][];
            /** Format: date */
            nextVisitDue?: string;
            personId?: string;
            referrals?: components["schemas"]["ReferralSummary"][];
            /** @enum {string} */
            riskColour?: "RED" | "ORANGE" | "YELLOW" | "GREEN";
            sessions?: components["schemas"]["SessionView"][];
            smd?: components["schemas"]["SmdView"];
            view?: string;
            whomToCall?: components["schemas"]["Contact"][];
        };
        ConsentLedgerEntry: {
            /** @enum {string} */
            action?: "GIVEN" | "REVOKED";
            areaCode?: string;
            /** Format: date-time */
            at?: string;
            /** @enum {string} */
            by?: "PERSON" | "GUARDIAN";
            guardianId?: string;
            id?: string;
            minor?: boolean;
            personId?: string;
            /** @enum {string} */
            purpose?: "MANAGEMENT_NETWORK" | "SCREENING" | "SHARING_POLICE" | "SHARING_CIVIL_AFFAIRS" | "RESEARCH";
            recordedBy?: string;
            /** Format: int64 */
            seq?: number;
        };
        ConsentRequest: {
            /** @enum {string} */
            action?: "GIVEN" | "REVOKED";
            /** Format: int32 */
            age?: number;
            areaCode: string;
            /** Format: date */
            birthDate?: string;
            /** @enum {string} */
            givenBy?: "PERSON" | "GUARDIAN";
            guardianId?: string;
            personId: string;
            /** @enum {string} */
            purpose: "MANAGEMENT_NETWORK" | "SCREENING" | "SHARING_POLICE" | "SHARING_CIVIL_AFFAIRS" | "RESEARCH";
        };
        ConsentState: {
            /** Format: date-time */
            at?: string;
            /** @enum {string} */
            by?: "PERSON" | "GUARDIAN";
            /** @enum {string} */
            purpose?: "MANAGEMENT_NETWORK" | "SCREENING" | "SHARING_POLICE" | "SHARING_CIVIL_AFFAIRS" | "RESEARCH";
            /** @enum {string} */
            state?: "GIVEN" | "REVOKED";
        };
        Contact: {
            kind?: string;
            ref?: string;
        };
        CounsellingSession: {
            crisisCaseId?: string;
            /** Format: int32 */
            durationMinutes?: number;
            /** @enum {string} */
            modality?: "IN_PERSON" | "PHONE" | "VIDEO" | "GROUP";
            notes?: string;
            notesClass?: string;
            practitionerId?: string;
            /** Format: date-time */
            recordedAt?: string;
            recordedBy?: string;
            /** @enum {string} */
            riskObserved?: "NONE" | "LOW" | "MEDIUM" | "HIGH";
        };
        CreateRequest: {
            alternatives?: string[];
            areaCode: string;
            crisisCaseId?: string;
            fromServicePointId?: string;
            subjectId: string;
            toServicePointId: string;
            /** @enum {string} */
            type: "SCHOOL_TO_HOSPITAL" | "HOSPITAL_TWO_WAY" | "HOTLINE_TRANSFER" | "REHAB_TO_HOSPITAL" | "OTHER";
        };
        /** @description 危机个案。按调用者的字段视图返回：临床（完整）、治理（无临床内容）或最小视图 / In the caller's field view: clinical (full), governance (no clinical content) or minimal */
        CrisisCase: components["schemas"]["CaseView"] | components["schemas"]["GovernanceCaseView"] | components["schemas"]["MinimalView"];
        CrisisCaseControllerCloseRequest: {
            note?: string;
            /** @enum {string} */
            outcome: "RESOLVED" | "REFERRED" | "HOSPITALISED" | "HANDED_TO_POLICE" | "NO_CONTACT_POSSIBLE" | "DECEASED" | "OTHER";
            review?: components["schemas"]["CrisisCaseControllerReviewRequest"];
            seriousIncident?: boolean;
        };
        CrisisCaseControllerReviewRequest: {
            causes?: string[];
            measures?: string[];
        };
        CrisisCaseControllerTimelineStep: {
            action?: string;
            actor?: string;
            /** Format: date-time */
            at?: string;
        };
        /** @description 危机个案分页 / A page of crisis cases */
        CrisisCasePage: {
            /** @description 本页记录 / Records of this page */
            items: components["schemas"]["CrisisCase"][];
            /** @description 下一页游标，无更多时为 null / Cursor of the next page, null at the end */
            next?: string | null;
        };
        /** @description 工作队列 / A work queue */
        CrisisCaseQueue: {
            /**
             * Format: int64
             * @description 队列总数 / Cases in the queue
             */
            count: number;
            /** @description 队列中的个案 / Cases in the queue */
            items: components["schemas"]["CrisisCase"][];
            /** @description 下一页游标 / Cursor of the next page */
            next?: string | null;
        };
        CrisisCaseSummary: {
            assignees?: ("POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM")[];
            /** Format: date-time */
            closedAt?: string;
            id?: string;
            /** Format: date-time */
            openedAt?: string;
            /** @enum {string} */
            outcome?: "RESOLVED" | "REFERRED" | "HOSPITALISED" | "HANDED_TO_POLICE" | "NO_CONTACT_POSSIBLE" | "DECEASED" | "OTHER";
            responders?: string[];
            /** @enum {string} */
            status?: "OPEN" | "ACKNOWLEDGED" | "IN_CONTACT" | "CLOSED";
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW";
        };
        CrisisCaseTimelineEntry: {
            action?: string;
            actor?: string;
            /** Format: date-time */
            at?: string;
            detail?: string;
        };
        DeclineRequest: {
            /** @enum {string} */
            reason: "NO_CAPACITY" | "NOT_APPROPRIATE" | "OUT_OF_AREA" | "PERSON_REFUSED" | "NO_RESPONSE" | "OTHER";
        };
        DeliveryPage: {
            items?: components["schemas"]["DeliveryView"][];
            next?: string;
        };
        DeliveryView: {
            adapter?: string;
            aggregate?: string;
            aggregateId?: string;
            areaCode?: string;
            /** Format: int32 */
            attempts?: number;
            channel?: string;
            /** Format: date-time */
            deadline?: string;
            kind?: string;
            notificationId?: string;
            organisationId?: string;
            /** Format: date-time */
            requestedAt?: string;
            role?: string;
            /** Format: date-time */
            sentAt?: string;
            status?: string;
            tier?: string;
        };
        Dispatch: {
            id?: string;
            /** @enum {string} */
            linkage?: "POLICE_110" | "AMBULANCE_120" | "SERVICE_12345";
            /** Format: date-time */
            receiptAt?: string;
            receiptRef?: string;
            /** Format: date-time */
            requestedAt?: string;
            status?: string;
        };
        Escalation: {
            /** Format: date-time */
            at?: string;
            /** @enum {string} */
            from?: "GRID_TEAM" | "TOWN" | "COUNTY" | "EMERGENCY";
            /** @enum {string} */
            reason?: "ACKNOWLEDGE_OVERDUE" | "FIRST_CONTACT_OVERDUE" | "MANUAL";
            targetAreaCode?: string;
            /** @enum {string} */
            to?: "GRID_TEAM" | "TOWN" | "COUNTY" | "EMERGENCY";
        };
        FollowUpPage: {
            items?: components["schemas"]["FollowUpView"][];
            next?: string;
        };
        FollowUpRequest: {
            /** Format: date */
            date?: string;
            markedSymptoms?: boolean;
            note?: string;
            /** Format: int32 */
            risk: number;
        };
        FollowUpView: {
            areaCode?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            dueBy?: string;
            id?: string;
            origin?: string;
            sourceRef?: string;
            status?: string;
            subjectId?: string;
        };
        GovernanceAppointmentView: {
            areaCode?: string;
            /** Format: date-time */
            bookedAt?: string;
            /** Format: date-time */
            endedAt?: string;
            id?: string;
            personId?: string;
            practitionerId?: string;
            servicePointId?: string;
            session?: components["schemas"]["SessionSummary"];
            /** Format: date-time */
            slotStart?: string;
            /** @enum {string} */
            status?: "BOOKED" | "CANCELLED" | "NO_SHOW" | "COMPLETED";
            /** Format: int64 */
            version?: number;
        };
        GovernanceArchive: {
            access?: components["schemas"]["Access"];
            consents?: components["schemas"]["ConsentState"][];
            /** Format: date */
            nextVisitDue?: string;
            openCrisisCase?: boolean;
            personId?: string;
            /** @enum {string} */
            riskColour?: "RED" | "ORANGE" | "YELLOW" | "GREEN";
            view?: string;
            whomToCall?: components["schemas"]["Contact"][];
        };
        GovernanceCallView: {
            anonymous?: boolean;
            areaCode?: string;
            callerSubjectId?: string;
            /** @enum {string} */
            channel?: "PHONE" | "ONLINE_CHAT" | "SMS" | "WALK_IN";
            crisisCaseId?: string;
            dispatches?: components["schemas"]["Dispatch"][];
            /** Format: int32 */
            durationSeconds?: number;
            followUpRef?: string;
            id?: string;
            line?: string;
            linkages?: ("POLICE_110" | "AMBULANCE_120" | "SERVICE_12345")[];
            operator?: string;
            /** @enum {string} */
            outcome?: "COUNSELLED" | "REFERRED" | "CRISIS_CASE_OPENED" | "HANDED_OVER" | "INFORMATION" | "DROPPED" | "OTHER";
            /** Format: date-time */
            startedAt?: string;
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW" | "NONE";
        };
        GovernanceCaseView: {
            acknowledgeBreached?: boolean;
            /** Format: date-time */
            acknowledgeBy?: string;
            /** Format: date-time */
            acknowledgedAt?: string;
            areaCode?: string;
            areaPath?: string[];
            assignees?: ("POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM")[];
            /** Format: date-time */
            closedAt?: string;
            /** @enum {string} */
            escalationLevel?: "GRID_TEAM" | "TOWN" | "COUNTY" | "EMERGENCY";
            escalations?: components["schemas"]["Escalation"][];
            /** Format: date-time */
            firstContactAt?: string;
            firstContactBreached?: boolean;
            /** Format: date-time */
            firstContactBy?: string;
            id?: string;
            joinedRefs?: string[];
            notifications?: components["schemas"]["Notification"][];
            /** Format: date-time */
            openedAt?: string;
            /** @enum {string} */
            outcome?: "RESOLVED" | "REFERRED" | "HOSPITALISED" | "HANDED_TO_POLICE" | "NO_CONTACT_POSSIBLE" | "DECEASED" | "OTHER";
            pendingSignOff?: components["schemas"]["PendingStep"];
            responders?: string[];
            seriousIncident?: boolean;
            /** @enum {string} */
            source?: "RISK_FLAG" | "HOTLINE" | "GRID_REPORT" | "MANUAL" | "SESSION";
            sourceRef?: string;
            /** @enum {string} */
            status?: "OPEN" | "ACKNOWLEDGED" | "IN_CONTACT" | "CLOSED";
            subjectId?: string;
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW";
            timeline?: components["schemas"]["CrisisCaseControllerTimelineStep"][];
            units?: components["schemas"]["UnitAssignment"][];
            /** Format: int64 */
            version?: number;
        };
        GovernancePatientView: {
            areaCode?: string;
            caseTeam?: string[];
            caseTeamRequired?: boolean;
            /** @enum {string} */
            classification?: "UNSTABLE" | "BASICALLY_STABLE" | "STABLE";
            /** Format: int32 */
            followUpsThisYear?: number;
            id?: string;
            /** Format: date */
            nextDue?: string;
            overdue?: boolean;
            prompts?: string[];
            responsibleWorker?: string;
            subjectId?: string;
            /** Format: int64 */
            version?: number;
        };
        GovernanceReferralView: {
            /** Format: date-time */
            acceptedAt?: string;
            areaCode?: string;
            /** Format: int32 */
            attempt?: number;
            /** Format: date-time */
            closedAt?: string;
            /** Format: date-time */
            createdAt?: string;
            crisisCaseId?: string;
            /** Format: date-time */
            firstContactAt?: string;
            /** Format: date-time */
            firstContactBy?: string;
            fromServicePointId?: string;
            id?: string;
            /** @enum {string} */
            outcome?: "TREATED" | "ONGOING_CARE" | "RETURNED_TO_SENDER" | "PERSON_REFUSED" | "NO_RECEIVER" | "OTHER";
            /** Format: date-time */
            respondBy?: string;
            /** @enum {string} */
            status?: "OFFERED" | "ACCEPTED" | "IN_CONTACT" | "UNROUTED" | "CLOSED";
            subjectId?: string;
            timeline?: components["schemas"]["ReferralControllerTimelineStep"][];
            toServicePointId?: string;
            tried?: string[];
            /** @enum {string} */
            type?: "SCHOOL_TO_HOSPITAL" | "HOSPITAL_TWO_WAY" | "HOTLINE_TRANSFER" | "REHAB_TO_HOSPITAL" | "OTHER";
            /** Format: int64 */
            version?: number;
        };
        GrantView: {
            /** Format: date-time */
            expiresAt?: string;
            /** Format: date-time */
            grantedAt?: string;
            id?: string;
            personId?: string;
            reason?: string;
            requester?: string;
        };
        /** @description 热线来电。按调用者的字段视图返回：临床（完整）、治理（无临床内容）或最小视图 / In the caller's field view: clinical (full), governance (no clinical content) or minimal */
        HotlineCall: components["schemas"]["CallView"] | components["schemas"]["GovernanceCallView"] | components["schemas"]["MinimalCallView"];
        /** @description 热线来电分页 / A page of hotline calls */
        HotlineCallPage: {
            /** @description 本页记录 / Records of this page */
            items: components["schemas"]["HotlineCall"][];
            /** @description 下一页游标，无更多时为 null / Cursor of the next page, null at the end */
            next?: string | null;
        };
        LabelSet: {
            categories?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            lang?: string;
        };
        LedgerView: {
            current?: components["schemas"]["ConsentLedgerEntry"][];
            history?: components["schemas"]["ConsentLedgerEntry"][];
            personId?: string;
        };
        MinimalAppointmentView: {
            areaCode?: string;
            id?: string;
            personId?: string;
            servicePointId?: string;
            /** Format: date-time */
            slotStart?: string;
            /** @enum {string} */
            status?: "BOOKED" | "CANCELLED" | "NO_SHOW" | "COMPLETED";
            /** Format: int64 */
            version?: number;
        };
        MinimalArchive: {
            access?: components["schemas"]["Access"];
            openCrisisCases?: components["schemas"]["OpenCase"][];
            personId?: string;
            /** @enum {string} */
            riskColour?: "RED" | "ORANGE" | "YELLOW" | "GREEN";
            view?: string;
            whomToCall?: components["schemas"]["Contact"][];
        };
        MinimalCallView: {
            areaCode?: string;
            crisisCaseId?: string;
            id?: string;
            line?: string;
            /** @enum {string} */
            outcome?: "COUNSELLED" | "REFERRED" | "CRISIS_CASE_OPENED" | "HANDED_OVER" | "INFORMATION" | "DROPPED" | "OTHER";
            /** Format: date-time */
            startedAt?: string;
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW" | "NONE";
        };
        MinimalPatientView: {
            areaCode?: string;
            id?: string;
            /** Format: date */
            nextDue?: string;
            overdue?: boolean;
            responsibleWorker?: string;
            subjectId?: string;
            /** Format: int64 */
            version?: number;
        };
        MinimalReferralView: {
            areaCode?: string;
            /** Format: date-time */
            firstContactBy?: string;
            id?: string;
            /** Format: date-time */
            respondBy?: string;
            /** @enum {string} */
            status?: "OFFERED" | "ACCEPTED" | "IN_CONTACT" | "UNROUTED" | "CLOSED";
            subjectId?: string;
            toServicePointId?: string;
            /** @enum {string} */
            type?: "SCHOOL_TO_HOSPITAL" | "HOSPITAL_TWO_WAY" | "HOTLINE_TRANSFER" | "REHAB_TO_HOSPITAL" | "OTHER";
            /** Format: int64 */
            version?: number;
        };
        MinimalView: {
            /** Format: date-time */
            acknowledgeBy?: string;
            areaCode?: string;
            assignees?: ("POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM")[];
            /** @enum {string} */
            escalationLevel?: "GRID_TEAM" | "TOWN" | "COUNTY" | "EMERGENCY";
            /** Format: date-time */
            firstContactBy?: string;
            id?: string;
            /** Format: date-time */
            openedAt?: string;
            /** @enum {string} */
            status?: "OPEN" | "ACKNOWLEDGED" | "IN_CONTACT" | "CLOSED";
            subjectId?: string;
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW";
            units?: components["schemas"]["UnitStep"][];
            /** Format: int64 */
            version?: number;
        };
        NoteRequest: {
            note?: string;
        };
        Notification: {
            areaCode?: string;
            /** Format: date-time */
            at?: string;
            channel?: string;
            /** Format: date-time */
            deadline?: string;
            id?: string;
            /** @enum {string} */
            kind?: "ASSIGNED" | "ESCALATED" | "BREACHED" | "SIGN_OFF_REQUESTED";
            organisationId?: string;
            receipts?: components["schemas"]["Receipt"][];
            role?: string;
            /** @enum {string} */
            status?: "REQUESTED" | "FAILED" | "SENT" | "DELIVERED" | "READ";
        };
        OpenCase: {
            assignees?: ("POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM")[];
            id?: string;
            /** @enum {string} */
            status?: "OPEN" | "ACKNOWLEDGED" | "IN_CONTACT" | "CLOSED";
            /** @enum {string} */
            tier?: "HIGH" | "MEDIUM" | "LOW";
        };
        OpeningSlot: {
            /** @enum {string} */
            day?: "MONDAY" | "TUESDAY" | "WEDNESDAY" | "THURSDAY" | "FRIDAY" | "SATURDAY" | "SUNDAY";
            from?: string;
            to?: string;
        };
        OpenRequest: {
            areaCode: string;
            reasons?: string[];
            /** @enum {string} */
            source?: "RISK_FLAG" | "HOTLINE" | "GRID_REPORT" | "MANUAL" | "SESSION";
            sourceRef?: string;
            subjectId?: string;
            /** @enum {string} */
            tier: "HIGH" | "MEDIUM" | "LOW";
        };
        PatientView: {
            areaCode?: string;
            caseTeam?: string[];
            caseTeamRequired?: boolean;
            /** @enum {string} */
            classification?: "UNSTABLE" | "BASICALLY_STABLE" | "STABLE";
            diagnosisGroup?: string;
            followUps?: components["schemas"]["SmdFollowUp"][];
            /** Format: int32 */
            followUpsThisYear?: number;
            id?: string;
            /** Format: int32 */
            lastRisk?: number;
            /** Format: date */
            nextDue?: string;
            overdue?: boolean;
            prompts?: string[];
            responsibleWorker?: string;
            subjectId?: string;
            /** Format: int64 */
            version?: number;
        };
        PendingSignOff: {
            /** @enum {string} */
            kind?: "TIER_CHANGE" | "CLOSURE";
            /** @enum {string} */
            outcome?: "RESOLVED" | "REFERRED" | "HOSPITALISED" | "HANDED_TO_POLICE" | "NO_CONTACT_POSSIBLE" | "DECEASED" | "OTHER";
            reason?: string;
            /** Format: date-time */
            requestedAt?: string;
            requestedBy?: string;
            review?: components["schemas"]["Review"];
            seriousIncident?: boolean;
            /** @enum {string} */
            toTier?: "HIGH" | "MEDIUM" | "LOW";
        };
        PendingStep: {
            /** @enum {string} */
            kind?: "TIER_CHANGE" | "CLOSURE";
            /** Format: date-time */
            requestedAt?: string;
            requestedBy?: string;
            /** @enum {string} */
            toTier?: "HIGH" | "MEDIUM" | "LOW";
        };
        PractitionerControllerRegisterRequest: {
            areaCode: string;
            /** @enum {string} */
            category: "PSYCHOLOGICAL_PROFESSIONAL" | "COUNSELLOR" | "SOCIAL_WORKER" | "VOLUNTEER" | "PSYCHIATRIST" | "SMD_DOCTOR" | "PSYCHOLOGY_TEACHER" | "COMMUNITY_DOCTOR" | "OTHER";
            fullTime?: boolean;
            name: string;
            qualifications?: string[];
            servicePointIds?: string[];
            talentPool?: boolean;
        };
        PractitionerPage: {
            items?: components["schemas"]["PractitionerView"][];
            next?: string;
        };
        PractitionerView: {
            areaCode?: string;
            available?: boolean;
            /** @enum {string} */
            category?: "PSYCHOLOGICAL_PROFESSIONAL" | "COUNSELLOR" | "SOCIAL_WORKER" | "VOLUNTEER" | "PSYCHIATRIST" | "SMD_DOCTOR" | "PSYCHOLOGY_TEACHER" | "COMMUNITY_DOCTOR" | "OTHER";
            /** Format: int32 */
            coreHours?: number;
            curriculumComplete?: boolean;
            /** Format: int32 */
            extraHours?: number;
            fullTime?: boolean;
            id?: string;
            name?: string;
            qualifications?: string[];
            /** Format: int32 */
            requiredCoreHours?: number;
            /** Format: int32 */
            requiredExtraHours?: number;
            /** Format: int32 */
            requiredHours?: number;
            servicePointIds?: string[];
            talentPool?: boolean;
            training?: components["schemas"]["TrainingRecord"][];
            /** Format: int32 */
            trainingHours?: number;
            /** Format: int64 */
            version?: number;
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
            code: "already-registered" | "already-reviewed" | "bad-request" | "concurrent-update" | "consent-required" | "duplicate" | "forbidden" | "idempotency-key-reused" | "internal" | "invalid-opening-hours" | "invalid-origin" | "invalid-parameter" | "invalid-sla" | "invalid-status-change" | "invalid-unit" | "malformed-body" | "not-found" | "open-case-exists" | "rejected-request" | "service-point-not-in-service" | "slot-full" | "start-in-future" | "system-origin" | "too-large" | "unauthenticated" | "unknown-area" | "unknown-parameter" | "unknown-practitioner" | "unknown-service-point" | "uri-too-long" | "validation";
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
            type: "https://socialpsych.org/problems/already-registered" | "https://socialpsych.org/problems/already-reviewed" | "https://socialpsych.org/problems/bad-request" | "https://socialpsych.org/problems/concurrent-update" | "https://socialpsych.org/problems/consent-required" | "https://socialpsych.org/problems/duplicate" | "https://socialpsych.org/problems/forbidden" | "https://socialpsych.org/problems/idempotency-key-reused" | "https://socialpsych.org/problems/internal" | "https://socialpsych.org/problems/invalid-opening-hours" | "https://socialpsych.org/problems/invalid-origin" | "https://socialpsych.org/problems/invalid-parameter" | "https://socialpsych.org/problems/invalid-sla" | "https://socialpsych.org/problems/invalid-status-change" | "https://socialpsych.org/problems/invalid-unit" | "https://socialpsych.org/problems/malformed-body" | "https://socialpsych.org/problems/not-found" | "https://socialpsych.org/problems/open-case-exists" | "https://socialpsych.org/problems/rejected-request" | "https://socialpsych.org/problems/service-point-not-in-service" | "https://socialpsych.org/problems/slot-full" | "https://socialpsych.org/problems/start-in-future" | "https://socialpsych.org/problems/system-origin" | "https://socialpsych.org/problems/too-large" | "https://socialpsych.org/problems/unauthenticated" | "https://socialpsych.org/problems/unknown-area" | "https://socialpsych.org/problems/unknown-parameter" | "https://socialpsych.org/problems/unknown-practitioner" | "https://socialpsych.org/problems/unknown-service-point" | "https://socialpsych.org/problems/uri-too-long" | "https://socialpsych.org/problems/validation";
        };
        Receipt: {
            /** Format: date-time */
            at?: string;
            reference?: string;
            source?: string;
            /** @enum {string} */
            status?: "REQUESTED" | "FAILED" | "SENT" | "DELIVERED" | "READ";
        };
        ReceiptRequest: {
            reference?: string;
            status: string;
        };
        ReceiptView: {
            notificationId?: string;
            status?: string;
        };
        RecordRequest: {
            anonymous?: boolean;
            areaCode: string;
            callerSubjectId?: string;
            /** @enum {string} */
            channel?: "PHONE" | "ONLINE_CHAT" | "SMS" | "WALK_IN";
            /** Format: int32 */
            durationSeconds?: number;
            line: string;
            linkages?: ("POLICE_110" | "AMBULANCE_120" | "SERVICE_12345")[];
            /** @enum {string} */
            outcome?: "COUNSELLED" | "REFERRED" | "CRISIS_CASE_OPENED" | "HANDED_OVER" | "INFORMATION" | "DROPPED" | "OTHER";
            /** Format: date-time */
            startedAt?: string;
            summary?: string;
            /** @enum {string} */
            tier: "HIGH" | "MEDIUM" | "LOW" | "NONE";
        };
        RedirectRequest: {
            toServicePointId: string;
        };
        /** @description 转介。按调用者的字段视图返回：临床（完整）、治理（无临床内容）或最小视图 / In the caller's field view: clinical (full), governance (no clinical content) or minimal */
        Referral: components["schemas"]["ReferralView"] | components["schemas"]["GovernanceReferralView"] | components["schemas"]["MinimalReferralView"];
        ReferralControllerCloseRequest: {
            note?: string;
            /** @enum {string} */
            outcome: "TREATED" | "ONGOING_CARE" | "RETURNED_TO_SENDER" | "PERSON_REFUSED" | "NO_RECEIVER" | "OTHER";
        };
        ReferralControllerTimelineStep: {
            action?: string;
            actor?: string;
            /** Format: date-time */
            at?: string;
        };
        /** @description 转介分页 / A page of referrals */
        ReferralPage: {
            /** @description 本页记录 / Records of this page */
            items: components["schemas"]["Referral"][];
            /** @description 下一页游标，无更多时为 null / Cursor of the next page, null at the end */
            next?: string | null;
        };
        ReferralSummary: {
            /** Format: date-time */
            createdAt?: string;
            id?: string;
            /** @enum {string} */
            outcome?: "TREATED" | "ONGOING_CARE" | "RETURNED_TO_SENDER" | "PERSON_REFUSED" | "NO_RECEIVER" | "OTHER";
            /** @enum {string} */
            status?: "OFFERED" | "ACCEPTED" | "IN_CONTACT" | "UNROUTED" | "CLOSED";
            toServicePointId?: string;
            /** @enum {string} */
            type?: "SCHOOL_TO_HOSPITAL" | "HOSPITAL_TWO_WAY" | "HOTLINE_TRANSFER" | "REHAB_TO_HOSPITAL" | "OTHER";
        };
        ReferralTimelineEntry: {
            action?: string;
            actor?: string;
            /** Format: date-time */
            at?: string;
            detail?: string;
        };
        ReferralView: {
            /** Format: date-time */
            acceptedAt?: string;
            areaCode?: string;
            /** Format: int32 */
            attempt?: number;
            /** Format: date-time */
            closedAt?: string;
            /** Format: date-time */
            createdAt?: string;
            crisisCaseId?: string;
            /** Format: date-time */
            firstContactAt?: string;
            /** Format: date-time */
            firstContactBy?: string;
            fromServicePointId?: string;
            id?: string;
            /** @enum {string} */
            outcome?: "TREATED" | "ONGOING_CARE" | "RETURNED_TO_SENDER" | "PERSON_REFUSED" | "NO_RECEIVER" | "OTHER";
            /** Format: date-time */
            respondBy?: string;
            /** @enum {string} */
            status?: "OFFERED" | "ACCEPTED" | "IN_CONTACT" | "UNROUTED" | "CLOSED";
            subjectId?: string;
            timeline?: components["schemas"]["ReferralTimelineEntry"][];
            toServicePointId?: string;
            tried?: string[];
            /** @enum {string} */
            type?: "SCHOOL_TO_HOSPITAL" | "HOSPITAL_TWO_WAY" | "HOTLINE_TRANSFER" | "REHAB_TO_HOSPITAL" | "OTHER";
            /** Format: int64 */
            version?: number;
        };
        ResponderRequest: {
            userId: string;
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
        Review: {
            causes?: string[];
            measures?: string[];
        };
        ReviewPage: {
            items?: components["schemas"]["ReviewView"][];
            next?: string;
        };
        ReviewView: {
            /** Format: date-time */
            expiresAt?: string;
            finding?: string;
            /** Format: date-time */
            grantedAt?: string;
            id?: string;
            /** Format: date-time */
            lastUsedAt?: string;
            personId?: string;
            reason?: string;
            requester?: string;
            requesterRoles?: string[];
            reviewed?: boolean;
            /** Format: date-time */
            reviewedAt?: string;
            reviewedBy?: string;
            reviewNote?: string;
            /** Format: int32 */
            uses?: number;
        };
        ServicePointControllerRegisterRequest: {
            areaCode: string;
            /** Format: int32 */
            capacity?: number;
            hostPremises?: string;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
            name: string;
            openingHours?: components["schemas"]["OpeningSlot"][];
            services?: string[];
            staffIds?: string[];
            /** @enum {string} */
            status?: "PLANNED" | "BUILT" | "STANDARDISED" | "DEMONSTRATION";
            /** Format: int32 */
            tier?: number;
            /** @enum {string} */
            type: "COUNTY_CENTRE" | "TOWN_STATION" | "VILLAGE_ROOM" | "COMMUNITY_ROOM" | "SCHOOL_ROOM" | "WORKPLACE_ROOM" | "HOSPITAL_CLINIC" | "REHABILITATION" | "HOTLINE" | "POLICE_VENUE" | "JUSTICE_VENUE" | "PETITION_VENUE" | "DRUG_REHABILITATION_VENUE";
        };
        ServicePointPage: {
            items?: components["schemas"]["ServicePointView"][];
            next?: string;
        };
        ServicePointView: {
            areaCode?: string;
            areaPath?: string[];
            /** Format: int32 */
            capacity?: number;
            hostPremises?: string;
            id?: string;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longitude?: number;
            name?: string;
            openingHours?: components["schemas"]["OpeningSlot"][];
            services?: string[];
            staffIds?: string[];
            /** @enum {string} */
            status?: "PLANNED" | "BUILT" | "STANDARDISED" | "DEMONSTRATION";
            /** Format: int32 */
            tier?: number;
            /** @enum {string} */
            type?: "COUNTY_CENTRE" | "TOWN_STATION" | "VILLAGE_ROOM" | "COMMUNITY_ROOM" | "SCHOOL_ROOM" | "WORKPLACE_ROOM" | "HOSPITAL_CLINIC" | "REHABILITATION" | "HOTLINE" | "POLICE_VENUE" | "JUSTICE_VENUE" | "PETITION_VENUE" | "DRUG_REHABILITATION_VENUE";
            /** Format: int64 */
            version?: number;
        };
        SessionRequest: {
            /** Format: int32 */
            durationMinutes: number;
            /** @enum {string} */
            modality: "IN_PERSON" | "PHONE" | "VIDEO" | "GROUP";
            notes?: string;
            practitionerId?: string;
            /** @enum {string} */
            riskObserved: "NONE" | "LOW" | "MEDIUM" | "HIGH";
        };
        SessionSummary: {
            /** Format: int32 */
            durationMinutes?: number;
            /** @enum {string} */
            modality?: "IN_PERSON" | "PHONE" | "VIDEO" | "GROUP";
            practitionerId?: string;
            /** Format: date-time */
            recordedAt?: string;
        };
        SessionView: {
            appointmentId?: string;
            crisisCaseId?: string;
            /** Format: int32 */
            durationMinutes?: number;
            /** @enum {string} */
            modality?: "IN_PERSON" | "PHONE" | "VIDEO" | "GROUP";
            notes?: string;
            notesClass?: string;
            practitionerId?: string;
            /** @enum {string} */
            riskObserved?: "NONE" | "LOW" | "MEDIUM" | "HIGH";
            servicePointId?: string;
            /** Format: date-time */
            slotStart?: string;
            /** @enum {string} */
            status?: "BOOKED" | "CANCELLED" | "NO_SHOW" | "COMPLETED";
        };
        SignOffRequest: {
            reason?: string;
            /** @enum {string} */
            request: "TIER_CHANGE" | "CLOSURE";
        };
        SlaRequest: {
            acknowledge?: string;
            escalationStep?: string;
            firstContact?: string;
        };
        SlaView: {
            acknowledge?: string;
            areaCode?: string;
            escalationStep?: string;
            firstContact?: string;
            tier?: string;
        };
        SmdFollowUp: {
            by?: string;
            /** @enum {string} */
            classification?: "UNSTABLE" | "BASICALLY_STABLE" | "STABLE";
            /** Format: date */
            date?: string;
            markedSymptoms?: boolean;
            /** Format: date */
            nextDue?: string;
            note?: string;
            onTime?: boolean;
            /** Format: int32 */
            risk?: number;
        };
        SmdFollowUpView: {
            /** @enum {string} */
            classification?: "UNSTABLE" | "BASICALLY_STABLE" | "STABLE";
            /** Format: date */
            date?: string;
            /** Format: int32 */
            risk?: number;
        };
        /** @description 严重精神障碍患者。按调用者的字段视图返回：临床（完整）、治理（无临床内容）或最小视图 / In the caller's field view: clinical (full), governance (no clinical content) or minimal */
        SmdPatient: components["schemas"]["PatientView"] | components["schemas"]["GovernancePatientView"] | components["schemas"]["MinimalPatientView"];
        SmdPatientControllerRegisterRequest: {
            areaCode: string;
            caseTeam?: string[];
            confirmed: boolean;
            /** Format: date */
            confirmedOn?: string;
            diagnosisGroup?: string;
            responsibleWorker?: string;
            subjectId: string;
        };
        /** @description 患者分页 / A page of SMD patients */
        SmdPatientPage: {
            /** @description 本页记录 / Records of this page */
            items: components["schemas"]["SmdPatient"][];
            /** @description 下一页游标，无更多时为 null / Cursor of the next page, null at the end */
            next?: string | null;
        };
        SmdView: {
            /** @enum {string} */
            classification?: "UNSTABLE" | "BASICALLY_STABLE" | "STABLE";
            diagnosisGroup?: string;
            followUps?: components["schemas"]["SmdFollowUpView"][];
            /** Format: int32 */
            lastRisk?: number;
            /** Format: date */
            nextDue?: string;
            patientId?: string;
            responsibleWorker?: string;
        };
        StatusRequest: {
            /** @enum {string} */
            status: "PLANNED" | "BUILT" | "STANDARDISED" | "DEMONSTRATION";
        };
        TierRequest: {
            reason?: string;
            /** @enum {string} */
            tier: "HIGH" | "MEDIUM" | "LOW";
        };
        TrainingRecord: {
            /** Format: date */
            completedOn?: string;
            /** Format: int32 */
            hours?: number;
            module?: string;
        };
        TrainingRequest: {
            /** Format: date */
            completedOn?: string;
            /** Format: int32 */
            hours: number;
            module: string;
        };
        UnitAssignment: {
            acknowledgeBreached?: boolean;
            /** Format: date-time */
            acknowledgeBy?: string;
            /** Format: date-time */
            acknowledgedAt?: string;
            acknowledgedBy?: string;
            /** Format: date-time */
            assignedAt?: string;
            contactBreached?: boolean;
            /** Format: date-time */
            contactBy?: string;
            /** Format: date-time */
            contactedAt?: string;
            contactedBy?: string;
            organisationId?: string;
            organisationName?: string;
            /** Format: date-time */
            releasedAt?: string;
            /** @enum {string} */
            unit?: "POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM";
        };
        UnitDirectoryServiceEffective: {
            channel?: string;
            definedAt?: string;
            inherited?: boolean;
            organisationId?: string;
            organisationName?: string;
            role?: string;
            staffIds?: string[];
        };
        UnitRequest: {
            address?: string;
            channel?: string;
            organisationId: string;
            organisationName?: string;
            staffIds?: string[];
        };
        UnitStep: {
            acknowledgeBreached?: boolean;
            /** Format: date-time */
            acknowledgeBy?: string;
            /** Format: date-time */
            acknowledgedAt?: string;
            active?: boolean;
            contactBreached?: boolean;
            /** Format: date-time */
            contactBy?: string;
            /** Format: date-time */
            contactedAt?: string;
            organisationId?: string;
            /** @enum {string} */
            unit?: "POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM";
        };
        UnitView: {
            areaCode?: string;
            channel?: string;
            organisationId?: string;
            organisationName?: string;
            role?: string;
            staffIds?: string[];
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
    listAppointments: {
        parameters: {
            query: {
                /** @description from */
                from?: string;
                /** @description servicePointId */
                servicePointId: string;
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
                    "application/json": components["schemas"]["Appointment"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    bookAppointment: {
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
                "application/json": components["schemas"]["BookRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
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
    getAppointment: {
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
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelAppointment: {
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
                    "application/json": components["schemas"]["Appointment"];
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
    recordAppointmentNoShow: {
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
                    "application/json": components["schemas"]["Appointment"];
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
    recordCounsellingSession: {
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
                "application/json": components["schemas"]["SessionRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
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
    getArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description personId */
                personId: string;
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
                    "application/json": components["schemas"]["Archive"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    breakGlassArchive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description personId */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreakGlassRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantView"];
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
    listBreakGlassReviews: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description status */
                status?: "PENDING" | "REVIEWED" | "ALL";
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
                    "application/json": components["schemas"]["ReviewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    reviewBreakGlass: {
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
                "application/json": components["schemas"]["BreakGlassReviewControllerReviewRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewView"];
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
    getConsentLedger: {
        parameters: {
            query: {
                /** @description personId */
                personId: string;
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
                    "application/json": components["schemas"]["LedgerView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    recordConsent: {
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
                "application/json": components["schemas"]["ConsentRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentLedgerEntry"];
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
    listCrisisCases: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description sourceRef */
                sourceRef?: string;
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
                    "application/json": components["schemas"]["CrisisCasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    openCrisisCase: {
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
                "application/json": components["schemas"]["OpenRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    getCrisisCase: {
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
                    /**
                     * @example {
                     *       "acknowledgeBy": "2026-12-07T19:04:50+08:00",
                     *       "areaCode": "33032710100101",
                     *       "id": "6756f0c3a1b2c3d4e5f60719",
                     *       "openedAt": "2026-12-07T18:49:50+08:00",
                     *       "source": "RISK_FLAG",
                     *       "sourceRef": "assessment:6756f0c2a1b2c3d4e5f60718",
                     *       "status": "OPEN",
                     *       "subjectId": "anon-5c1e0d",
                     *       "tier": "HIGH"
                     *     }
                     */
                    "application/json": components["schemas"]["CrisisCase"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    acknowledgeCrisisCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
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
                    "application/json": components["schemas"]["CrisisCase"];
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
    closeCrisisCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CrisisCaseControllerCloseRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    signOffCrisisCaseClosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
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
                    "application/json": components["schemas"]["CrisisCase"];
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
    escalateCrisisCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    recordCrisisFirstContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    assignCrisisResponder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponderRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    rejectCrisisSignOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    withdrawCrisisSignOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignOffRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    changeCrisisTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TierRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    signOffCrisisTier: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
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
                    "application/json": components["schemas"]["CrisisCase"];
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
    acknowledgeCrisisUnit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
                /** @description unit */
                unit: "POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM";
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
                    "application/json": components["schemas"]["CrisisCase"];
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
    recordCrisisUnitContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Idempotency-Key */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description id */
                id: string;
                /** @description unit */
                unit: "POLICE" | "HEALTH_OFFICE" | "COMMUNITY" | "GOVERNANCE_OFFICE" | "GRID_TEAM";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrisisCase"];
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
    getCrisisCaseQueue: {
        parameters: {
            query?: {
                /** @description area */
                area?: string;
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description tier */
                tier?: "HIGH" | "MEDIUM" | "LOW";
            };
            header?: never;
            path: {
                /** @description queue */
                queue: string;
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
                    "application/json": components["schemas"]["CrisisCaseQueue"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listCrisisSlas: {
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
                    "application/json": components["schemas"]["AreaSlaServiceEffective"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    setCrisisSla: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
                /** @description tier */
                tier: "HIGH" | "MEDIUM" | "LOW";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlaRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaView"];
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
    listGridFollowUps: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description sourceRef */
                sourceRef?: string;
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
                    "application/json": components["schemas"]["FollowUpPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listHotlineCalls: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description from */
                from?: string;
                /** @description limit */
                limit?: number;
                /** @description to */
                to?: string;
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
                    "application/json": components["schemas"]["HotlineCallPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    recordHotlineCall: {
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
                    "application/json": components["schemas"]["HotlineCall"];
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
    getHotlineCall: {
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
                    "application/json": components["schemas"]["HotlineCall"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
    listNotificationDeliveries: {
        parameters: {
            query?: {
                /** @description aggregateId */
                aggregateId?: string;
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
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
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmNotificationReceipt: {
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
                "application/json": components["schemas"]["ReceiptRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptView"];
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
    listPractitioners: {
        parameters: {
            query?: {
                /** @description available */
                available?: boolean;
                /** @description category */
                category?: "PSYCHOLOGICAL_PROFESSIONAL" | "COUNSELLOR" | "SOCIAL_WORKER" | "VOLUNTEER" | "PSYCHIATRIST" | "SMD_DOCTOR" | "PSYCHOLOGY_TEACHER" | "COMMUNITY_DOCTOR" | "OTHER";
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
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
                    "application/json": components["schemas"]["PractitionerPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    registerPractitioner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PractitionerControllerRegisterRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerView"];
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
    getPractitioner: {
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
                    "application/json": components["schemas"]["PractitionerView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    setPractitionerAvailability: {
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
                "application/json": components["schemas"]["AvailabilityRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerView"];
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
    recordPractitionerTraining: {
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
                "application/json": components["schemas"]["TrainingRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PractitionerView"];
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
    listReferrals: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description status */
                status?: "OFFERED" | "ACCEPTED" | "IN_CONTACT" | "UNROUTED" | "CLOSED";
                /** @description toServicePointId */
                toServicePointId?: string;
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
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createReferral: {
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
                "application/json": components["schemas"]["CreateRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
    getReferral: {
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
                    "application/json": components["schemas"]["Referral"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    acceptReferral: {
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
                    "application/json": components["schemas"]["Referral"];
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
    closeReferral: {
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
                "application/json": components["schemas"]["ReferralControllerCloseRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
    declineReferral: {
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
                "application/json": components["schemas"]["DeclineRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
    recordReferralFirstContact: {
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
                    "application/json": components["schemas"]["Referral"];
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
    redirectReferral: {
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
                "application/json": components["schemas"]["RedirectRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Referral"];
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
    listResponderUnits: {
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
                    "application/json": components["schemas"]["UnitDirectoryServiceEffective"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    setResponderUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description areaCode */
                areaCode: string;
                /** @description role */
                role: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnitRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnitView"];
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
    searchServicePoints: {
        parameters: {
            query?: {
                /** @description area */
                area?: string;
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description openNow */
                openNow?: boolean;
                /** @description status */
                status?: "PLANNED" | "BUILT" | "STANDARDISED" | "DEMONSTRATION";
                /** @description type */
                type?: "COUNTY_CENTRE" | "TOWN_STATION" | "VILLAGE_ROOM" | "COMMUNITY_ROOM" | "SCHOOL_ROOM" | "WORKPLACE_ROOM" | "HOSPITAL_CLINIC" | "REHABILITATION" | "HOTLINE" | "POLICE_VENUE" | "JUSTICE_VENUE" | "PETITION_VENUE" | "DRUG_REHABILITATION_VENUE";
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
                    "application/json": components["schemas"]["ServicePointPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    registerServicePoint: {
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
                "application/json": components["schemas"]["ServicePointControllerRegisterRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointView"];
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
    getServicePoint: {
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
                    "application/json": components["schemas"]["ServicePointView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    setServicePointStatus: {
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
                "application/json": components["schemas"]["StatusRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServicePointView"];
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
    listSmdPatients: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description due */
                due?: "DUE" | "OVERDUE";
                /** @description limit */
                limit?: number;
                /** @description under */
                under?: string;
                /** @description withinDays */
                withinDays?: number;
                /** @description worker */
                worker?: string;
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
                    "application/json": components["schemas"]["SmdPatientPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    registerSmdPatient: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SmdPatientControllerRegisterRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmdPatient"];
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
    getSmdPatient: {
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
                    "application/json": components["schemas"]["SmdPatient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    setSmdCaseTeam: {
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
                "application/json": components["schemas"]["CaseTeamRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmdPatient"];
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
    recordSmdFollowUp: {
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
                "application/json": components["schemas"]["FollowUpRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SmdPatient"];
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
