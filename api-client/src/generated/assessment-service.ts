// Generated from docs/openapi/assessment-service.json by scripts/generate.mjs; do not edit.
export interface paths {
    "/api/v1/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询测评结果 / List assessment results
         * @description 查询测评结果。
         *
         *     List assessment results.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["listAssessments"];
        put?: never;
        /**
         * 提交心理测评（筛查） / Submit a screening
         * @description 提交心理测评（筛查）。
         *
         *     Submit a screening.
         *
         *     角色 / Roles: CLINICIAN, COUNSELLOR, GRID_WORKER, RESIDENT, SYSTEM_ADMIN
         */
        post: operations["submitAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看测评结果 / Get an assessment result
         * @description 查看测评结果。
         *
         *     Get an assessment result.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/assessment-service/entries": {
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
    "/api/v1/audit/assessment-service/subject-access/{dataSubject}": {
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
    "/api/v1/audit/assessment-service/verify": {
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
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询筛查活动 / List screening campaigns
         * @description 查询筛查活动。
         *
         *     List screening campaigns.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["listCampaigns"];
        put?: never;
        /**
         * 新建筛查活动 / Create a screening campaign
         * @description 新建筛查活动。
         *
         *     Create a screening campaign.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["createCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看筛查活动 / Get a screening campaign
         * @description 查看筛查活动。
         *
         *     Get a screening campaign.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, SYSTEM_ADMIN
         */
        get: operations["getCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 结束筛查活动 / Close a campaign
         * @description 结束筛查活动。
         *
         *     Close a campaign.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["closeCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记知情同意 / Record a participant's consent
         * @description 登记知情同意。
         *
         *     Record a participant's consent.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, GRID_WORKER, SYSTEM_ADMIN
         */
        post: operations["recordCampaignConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 邀请参与筛查 / Invite participants
         * @description 邀请参与筛查。
         *
         *     Invite participants.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["inviteToCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 启动筛查活动 / Open a campaign
         * @description 启动筛查活动。
         *
         *     Open a campaign.
         *
         *     角色 / Roles: AREA_ADMIN, CLINICIAN, COUNSELLOR, SYSTEM_ADMIN
         */
        post: operations["openCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询测评量表 / List instruments
         * @description 查询测评量表。
         *
         *     List instruments.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["listInstruments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看测评量表 / Get an instrument
         * @description 查看测评量表。
         *
         *     Get an instrument.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getInstrument"];
        /**
         * 修订测评量表 / Revise an instrument
         * @description 修订测评量表。
         *
         *     Revise an instrument.
         *
         *     角色 / Roles: SYSTEM_ADMIN
         */
        put: operations["reviseInstrument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instruments/{code}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 按量表计分（不保存） / Score answers without storing them
         * @description 按量表计分（不保存）。
         *
         *     Score answers without storing them.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        post: operations["scoreInstrument"];
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
    "/api/v1/retention/assessment-service": {
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
    "/api/v1/retention/assessment-service/runs": {
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description 测评结果分页 / A page of results */
        AssessmentPage: {
            /** @description 本页记录 / Records of this page */
            items: components["schemas"]["AssessmentResult"][];
            /** @description 下一页游标，无更多时为 null / Cursor of the next page, null at the end */
            next?: string | null;
        };
        AssessmentResponse: {
            administeredBy?: string;
            anonymous?: boolean;
            areaCode?: string;
            band?: string;
            campaignId?: string;
            /** Format: date-time */
            completedAt?: string;
            critical?: boolean;
            criticalItems?: number[];
            criticalSupplementaryKeys?: string[];
            definitionVersion?: string;
            flags?: string[];
            followUpInstrument?: string;
            hasCriticalRules?: boolean;
            id?: string;
            instrument?: string;
            itemScores?: number[];
            positiveScreen?: boolean;
            /** Format: int32 */
            rawScore?: number;
            /** Format: date */
            rescreenDue?: string;
            rescreenInstrument?: string;
            /** Format: int32 */
            score?: number;
            subjectId?: string;
            supplementary?: {
                [key: string]: string;
            };
            tier?: string;
            tierColour?: string;
            tierReasons?: string[];
            tierRulesVersion?: string;
        };
        /** @description 测评结果。按调用者的字段视图返回：临床（完整）、治理（无临床内容）或最小视图 / In the caller's field view: clinical (full), governance (no clinical content) or minimal；无查看权限的提交者只得到回执 / a submitter without a view gets the receipt */
        AssessmentResult: components["schemas"]["AssessmentResponse"] | components["schemas"]["GovernanceResponse"] | components["schemas"]["MinimalResponse"] | components["schemas"]["ReceiptResponse"];
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
        Band: {
            id?: string;
            label?: string;
            labelZh?: string;
            /** Format: int32 */
            max?: number;
            /** Format: int32 */
            min?: number;
        };
        CampaignPage: {
            items?: components["schemas"]["CampaignResponse"][];
            next?: string;
        };
        CampaignResponse: {
            areaCode?: string;
            areaPath?: string[];
            battery?: string[];
            /** Format: date-time */
            closesAt?: string;
            consentRule?: components["schemas"]["ConsentRule"];
            id?: string;
            name?: string;
            /** Format: date-time */
            opensAt?: string;
            population?: components["schemas"]["TargetPopulation"];
            progress?: components["schemas"]["Progress"];
            status?: string;
            /** Format: int64 */
            targetSize?: number;
            /** Format: int64 */
            version?: number;
        };
        Choice: {
            code?: string;
            /** Format: int32 */
            index?: number;
            label?: string;
            labelZh?: string;
        };
        ConsentBody: {
            /** Format: int32 */
            ageYears?: number;
            guardian?: boolean;
            healthData?: boolean;
        };
        ConsentRequest: {
            /** Format: int32 */
            ageYears?: number;
            guardian?: boolean;
            healthData: boolean;
            subjectId: string;
        };
        ConsentResponse: {
            campaignId?: string;
            newlyRecorded?: boolean;
            subjectId?: string;
        };
        ConsentRule: {
            /** Format: int32 */
            guardianConsentUnderAge?: number;
            healthDataConsentRequired?: boolean;
        };
        ConsentRuleBody: {
            /** Format: int32 */
            guardianConsentUnderAge?: number;
            healthDataConsentRequired?: boolean;
        };
        CreateCampaignRequest: {
            areaCode: string;
            battery: string[];
            /** Format: date-time */
            closesAt: string;
            consentRule?: components["schemas"]["ConsentRuleBody"];
            name: string;
            /** Format: date-time */
            opensAt: string;
            population: components["schemas"]["PopulationBody"];
            /** Format: int64 */
            targetSize?: number;
        };
        GovernanceResponse: {
            areaCode?: string;
            campaignId?: string;
            /** Format: date-time */
            completedAt?: string;
            id?: string;
            instrument?: string;
            /** Format: date */
            rescreenDue?: string;
            subjectId?: string;
            tier?: string;
            tierColour?: string;
        };
        InstrumentSummary: {
            code?: string;
            followUpInstrument?: string;
            hasCriticalRules?: boolean;
            /** Format: int32 */
            itemCount?: number;
            itemTextShipped?: boolean;
            licenceStatus?: string;
            name?: string;
            nameZh?: string;
            version?: string;
        };
        InstrumentView: {
            advisoryFlags?: components["schemas"]["Rule"][];
            bandBasis?: string;
            bands?: components["schemas"]["Band"][];
            code?: string;
            criticalRules?: components["schemas"]["Rule"][];
            followUpInstrument?: string;
            formula?: string;
            /** Format: int32 */
            itemCount?: number;
            items?: components["schemas"]["Item"][];
            licence?: components["schemas"]["Licence"];
            name?: string;
            nameZh?: string;
            notes?: string[];
            positiveScreen?: components["schemas"]["PositiveScreen"];
            rounding?: string;
            /** Format: int32 */
            scoreMax?: number;
            /** Format: int32 */
            scoreMin?: number;
            supplementary?: components["schemas"]["Question"][];
            version?: string;
            versions?: string[];
        };
        InvitationsRequest: {
            /** Format: int64 */
            count: number;
        };
        Item: {
            allowsNotApplicable?: boolean;
            label?: string;
            labelZh?: string;
            /** Format: int32 */
            number?: number;
            options?: components["schemas"]["Option"][];
        };
        LabelSet: {
            categories?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            lang?: string;
        };
        Licence: {
            attribution?: string;
            shipItemText?: boolean;
            status?: string;
        };
        MinimalResponse: {
            areaCode?: string;
            /** Format: date-time */
            completedAt?: string;
            id?: string;
            subjectId?: string;
            tier?: string;
            tierColour?: string;
        };
        Option: {
            code?: string;
            /** Format: int32 */
            index?: number;
            label?: string;
            labelZh?: string;
            notApplicable?: boolean;
            /** Format: int32 */
            points?: number;
        };
        PopulationBody: {
            groups?: string[];
            tag?: string;
            /** @enum {string} */
            type: "SCHOOL_CLASSES" | "RESIDENTS_60_PLUS" | "PERINATAL_WOMEN" | "EMPLOYEES_OF_UNIT" | "KEY_POPULATION_TAG";
            unit?: string;
        };
        PositiveScreen: {
            comparison?: string;
            /** Format: int32 */
            threshold?: number;
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
            code: "bad-request" | "concurrent-update" | "definition-version-exists" | "duplicate" | "forbidden" | "idempotency-key-reused" | "internal" | "invalid-count" | "invalid-definition" | "invalid-parameter" | "malformed-body" | "not-found" | "person-not-owned" | "rejected-request" | "subject-required" | "too-large" | "unauthenticated" | "unknown-area" | "unknown-campaign" | "unknown-instrument" | "unknown-parameter" | "uri-too-long" | "validation";
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
            type: "https://socialpsych.org/problems/bad-request" | "https://socialpsych.org/problems/concurrent-update" | "https://socialpsych.org/problems/definition-version-exists" | "https://socialpsych.org/problems/duplicate" | "https://socialpsych.org/problems/forbidden" | "https://socialpsych.org/problems/idempotency-key-reused" | "https://socialpsych.org/problems/internal" | "https://socialpsych.org/problems/invalid-count" | "https://socialpsych.org/problems/invalid-definition" | "https://socialpsych.org/problems/invalid-parameter" | "https://socialpsych.org/problems/malformed-body" | "https://socialpsych.org/problems/not-found" | "https://socialpsych.org/problems/person-not-owned" | "https://socialpsych.org/problems/rejected-request" | "https://socialpsych.org/problems/subject-required" | "https://socialpsych.org/problems/too-large" | "https://socialpsych.org/problems/unauthenticated" | "https://socialpsych.org/problems/unknown-area" | "https://socialpsych.org/problems/unknown-campaign" | "https://socialpsych.org/problems/unknown-instrument" | "https://socialpsych.org/problems/unknown-parameter" | "https://socialpsych.org/problems/uri-too-long" | "https://socialpsych.org/problems/validation";
        };
        Progress: {
            /** Format: int64 */
            completed?: number;
            /** Format: int64 */
            consented?: number;
            /** Format: int64 */
            critical?: number;
            /** Format: int64 */
            invited?: number;
            /** Format: int64 */
            positive?: number;
        };
        Question: {
            choices?: components["schemas"]["Choice"][];
            key?: string;
            label?: string;
            labelZh?: string;
            required?: boolean;
        };
        ReceiptResponse: {
            /** Format: date-time */
            completedAt?: string;
            id?: string;
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
        Rule: {
            equals?: string;
            id?: string;
            /** Format: int32 */
            item?: number;
            key?: string;
            /** Format: int32 */
            points?: number;
            type?: string;
        };
        ScoreRequest: {
            answers?: number[];
            supplementary?: {
                [key: string]: unknown;
            };
        };
        ScoreResponse: {
            band?: string;
            bandLabel?: string;
            critical?: boolean;
            criticalItems?: number[];
            criticalSupplementaryKeys?: string[];
            definitionVersion?: string;
            flags?: string[];
            followUpInstrument?: string;
            hasCriticalRules?: boolean;
            instrument?: string;
            itemScores?: number[];
            /** Format: int32 */
            notApplicableCount?: number;
            positiveScreen?: boolean;
            /** Format: int32 */
            rawScore?: number;
            /** Format: int32 */
            score?: number;
        };
        SubmitAssessmentRequest: {
            answers?: number[];
            areaCode: string;
            campaignId?: string;
            consent?: components["schemas"]["ConsentBody"];
            instrument: string;
            subjectId?: string;
            supplementary?: {
                [key: string]: unknown;
            };
        };
        TargetPopulation: {
            groups?: string[];
            tag?: string;
            /** @enum {string} */
            type?: "SCHOOL_CLASSES" | "RESIDENTS_60_PLUS" | "PERINATAL_WOMEN" | "EMPLOYEES_OF_UNIT" | "KEY_POPULATION_TAG";
            unit?: string;
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
    listAssessments: {
        parameters: {
            query?: {
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description subjectId */
                subjectId?: string;
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
                    "application/json": components["schemas"]["AssessmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    submitAssessment: {
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
                /**
                 * @example {
                 *       "answers": [
                 *         2,
                 *         2,
                 *         1,
                 *         2,
                 *         1,
                 *         1,
                 *         2,
                 *         1,
                 *         1
                 *       ],
                 *       "areaCode": "33032710100101",
                 *       "consent": {
                 *         "healthData": true
                 *       },
                 *       "instrument": "PHQ9"
                 *     }
                 */
                "application/json": components["schemas"]["SubmitAssessmentRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "completedAt": "2026-12-07T18:49:50+08:00",
                     *       "id": "6756f0c2a1b2c3d4e5f60718"
                     *     }
                     */
                    "application/json": components["schemas"]["AssessmentResult"];
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
    getAssessment: {
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
                    "application/json": components["schemas"]["AssessmentResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
    listCampaigns: {
        parameters: {
            query?: {
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
                    "application/json": components["schemas"]["CampaignPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createCampaign: {
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
                "application/json": components["schemas"]["CreateCampaignRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
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
    getCampaign: {
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
                    "application/json": components["schemas"]["CampaignResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    closeCampaign: {
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
                    "application/json": components["schemas"]["CampaignResponse"];
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
    recordCampaignConsent: {
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
                    "application/json": components["schemas"]["ConsentResponse"];
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
    inviteToCampaign: {
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
                "application/json": components["schemas"]["InvitationsRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignResponse"];
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
    openCampaign: {
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
                    "application/json": components["schemas"]["CampaignResponse"];
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
    listInstruments: {
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
                    "application/json": components["schemas"]["InstrumentSummary"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getInstrument: {
        parameters: {
            query?: {
                /** @description version */
                version?: string;
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
                    "application/json": components["schemas"]["InstrumentView"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    reviseInstrument: {
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
                    "application/json": components["schemas"]["InstrumentView"];
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
    scoreInstrument: {
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
                "application/json": components["schemas"]["ScoreRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreResponse"];
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
}
