// Generated from docs/openapi/reporting-service.json by scripts/generate.mjs; do not edit.
export interface paths {
    "/api/v1/audit/reporting-service/entries": {
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
    "/api/v1/audit/reporting-service/subject-access/{dataSubject}": {
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
    "/api/v1/audit/reporting-service/verify": {
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
    "/api/v1/export-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 提交导出任务 / Submit an export job
         * @description 提交导出任务。
         *
         *     Submit an export job.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        post: operations["submitExportJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看导出任务 / Get an export job
         * @description 查看导出任务。
         *
         *     Get an export job.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        get: operations["getExportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export-jobs/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 下载导出文件 / Download an export file
         * @description 下载导出文件。
         *
         *     Download an export file.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        get: operations["downloadExportFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出指标表 / Export a KPI table
         * @description 导出指标表。
         *
         *     Export a KPI table.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        get: operations["exportKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询考核指标 / List indicators
         * @description 查询考核指标。
         *
         *     List indicators.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, EXTERNAL_SYSTEM, SYSTEM_ADMIN
         */
        get: operations["listIndicators"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看考核指标 / Get an indicator
         * @description 查看考核指标。
         *
         *     Get an indicator.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, EXTERNAL_SYSTEM, SYSTEM_ADMIN
         */
        get: operations["getIndicator"];
        /**
         * 修订考核指标 / Revise an indicator
         * @description 修订考核指标。
         *
         *     Revise an indicator.
         *
         *     角色 / Roles: SYSTEM_ADMIN
         */
        put: operations["reviseIndicator"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询指标完成情况 / Query KPIs
         * @description 查询指标完成情况。
         *
         *     Query KPIs.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, EXTERNAL_SYSTEM, SYSTEM_ADMIN
         */
        get: operations["queryKpis"];
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
    "/api/v1/period-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询周期报告 / List period reports
         * @description 查询周期报告。
         *
         *     List period reports.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        get: operations["listPeriodReports"];
        put?: never;
        /**
         * 生成周期报告 / Create a period report
         * @description 生成周期报告。
         *
         *     Create a period report.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["createPeriodReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/period-reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看周期报告 / Get a period report
         * @description 查看周期报告。
         *
         *     Get a period report.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        get: operations["getPeriodReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/period-reports/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 审核通过周期报告 / Approve a period report
         * @description 审核通过周期报告。
         *
         *     Approve a period report.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["approvePeriodReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/period-reports/{id}/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登记报告问题反馈 / Add a problem to a period report
         * @description 登记报告问题反馈。
         *
         *     Add a problem to a period report.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["addPeriodReportProblem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/period-reports/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 退回周期报告 / Reject a period report
         * @description 退回周期报告。
         *
         *     Reject a period report.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["rejectPeriodReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/period-reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 上报周期报告 / Submit a period report
         * @description 上报周期报告。
         *
         *     Submit a period report.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["submitPeriodReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-areas/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查看报表区域 / Get a reporting area
         * @description 查看报表区域。
         *
         *     Get a reporting area.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, CLINICIAN, COUNSELLOR, GRID_WORKER, HOTLINE_OPERATOR, POLICE_LIAISON, RESIDENT, SYSTEM_ADMIN
         */
        get: operations["getReportArea"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retention/reporting-service": {
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
    "/api/v1/retention/reporting-service/runs": {
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
    "/api/v1/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 查询区域指标目标值 / List an area's indicator targets
         * @description 查询区域指标目标值。
         *
         *     List an area's indicator targets.
         *
         *     角色 / Roles: ANALYST, AREA_ADMIN, AUDITOR, SYSTEM_ADMIN
         */
        get: operations["listAreaTargets"];
        put?: never;
        /**
         * 设定区域指标目标值 / Set an indicator target for an area
         * @description 设定区域指标目标值。
         *
         *     Set an indicator target for an area.
         *
         *     角色 / Roles: AREA_ADMIN, SYSTEM_ADMIN
         */
        post: operations["setAreaTarget"];
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
        AreaEntry: {
            /** Format: int64 */
            aggregateVersion?: number;
            code?: string;
            level?: string;
            name?: string;
            parentCode?: string;
            path?: string[];
            /** Format: int64 */
            population?: number;
            urban?: boolean;
            validFrom?: string;
        };
        AreaKpis: {
            areaCode?: string;
            areaName?: string;
            kpis?: components["schemas"]["Kpi"][];
            level?: string;
        };
        AreaTarget: {
            areaCode?: string;
            areaPath?: string[];
            /** Format: date */
            deadline?: string;
            /** Format: date */
            effectiveFrom?: string;
            id?: string;
            indicator?: string;
            responsibleUnit?: string;
            segment?: string;
            /** Format: int64 */
            seq?: number;
            /** Format: date-time */
            setAt?: string;
            setBy?: string;
            /** Format: double */
            value?: number;
        };
        AreaTargetPage: {
            items?: components["schemas"]["AreaTarget"][];
            next?: string;
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
        CreateReport: {
            areaCode: string;
            period: string;
        };
        /** @description 导出任务 / An export job */
        ExportJob: {
            /** @description 区域代码 / Area code */
            area: string;
            /** @description 尝试次数 / Attempts */
            attempts?: number;
            /**
             * Format: date-time
             * @description 提交时间 / Submitted at
             */
            createdAt?: string;
            /** @description 下钻层级 / Levels below the area */
            depth?: number | null;
            /** @description 失败原因 / Failure */
            error?: {
                /** @description 错误代码 / Error code */
                code?: string;
            } | null;
            /**
             * Format: date-time
             * @description 文件过期时间 / File expires at
             */
            expiresAt?: string | null;
            /** @description 生成的文件 / The file */
            file?: {
                /** @description 类型 / Content type */
                contentType?: string;
                /** @description 文件名 / File name */
                name?: string;
                /**
                 * Format: int64
                 * @description 字节数 / Bytes
                 */
                size?: number;
            } | null;
            /**
             * Format: date-time
             * @description 完成时间 / Finished at
             */
            finishedAt?: string | null;
            /**
             * @description 文件格式 / File format
             * @enum {string}
             */
            format: "CSV" | "XLSX";
            /** @description 任务编号 / Job id */
            id: string;
            /** @description 指标代码 / Indicator codes */
            indicators?: string[] | null;
            /**
             * @description 导出内容 / What is exported
             * @enum {string}
             */
            kind: "KPI" | "PERIOD_REPORT";
            /** @description 统计周期 / Periods */
            periods?: string[];
            /** @description 进度 / Progress */
            progress?: {
                /**
                 * Format: int64
                 * @description 已完成 / Done
                 */
                done?: number;
                /** @description 百分比 / Percent */
                percent?: number;
                /**
                 * Format: int64
                 * @description 总数 / Total
                 */
                total?: number;
            };
            /** @description 申请人 / Requested by */
            requestedBy?: string;
            /**
             * Format: date-time
             * @description 开始时间 / Started at
             */
            startedAt?: string | null;
            /**
             * @description 任务状态 / Job status
             * @enum {string}
             */
            status: "QUEUED" | "RUNNING" | "DONE" | "FAILED" | "EXPIRED";
        };
        IndicatorDefinition: {
            code?: string;
            denominator?: string;
            /** @enum {string} */
            direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
            nameEn?: string;
            nameZh?: string;
            notes?: {
                [key: string]: unknown;
            };
            numerator?: string;
            personBased?: boolean;
            /** Format: int64 */
            scale?: number;
            stock?: boolean;
            targets?: components["schemas"]["IndicatorTarget"][];
            unit?: string;
        };
        IndicatorTarget: {
            areaCode?: string;
            segment?: string;
            /** Format: double */
            value?: number;
            /** Format: int32 */
            year?: number;
        };
        Kpi: {
            /** Format: int64 */
            denominator?: number;
            indicator?: string;
            /** Format: int64 */
            numerator?: number;
            /** @enum {string} */
            status?: "MET" | "AT_RISK" | "MISSED" | "NO_TARGET" | "NO_DATA" | "SUPPRESSED";
            /** Format: double */
            target?: number;
            /** Format: double */
            value?: number;
        };
        KpiTable: {
            area?: components["schemas"]["AreaKpis"];
            children?: components["schemas"]["AreaKpis"][];
            period?: string;
        };
        LabelSet: {
            categories?: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            lang?: string;
        };
        /** @description 周期报告（指标快照、三张清单、星级评定与问题反馈） / A period report: KPI snapshot, three lists, star rating and problems */
        PeriodReport: {
            /** @description 区域代码 / Area code */
            areaCode: string;
            /** @description 区域路径 / Area path */
            areaPath?: string[];
            /**
             * Format: date-time
             * @description 生成时间 / Created at
             */
            createdAt?: string;
            /** @description 生成人 / Created by */
            createdBy?: string;
            /** @description 未审核的下级报告 / Child reports not approved */
            gaps?: {
                /** @description 区域代码 / Area code */
                areaCode?: string;
                /** @description 区域名称 / Area name */
                areaName?: string;
                /** @description 下级报告状态 / Child report status */
                reportStatus?: string;
            }[] | null;
            /** @description 报告编号 / Report id */
            id: string;
            /** @description 区域层级 / Area level */
            level?: string;
            /** @description 统计周期，如 2026-Q4 / Period, e.g. 2026-Q4 */
            period: string;
            /** @description 问题反馈 / Problems raised */
            problems?: {
                /**
                 * Format: date-time
                 * @description 时间 / At
                 */
                at?: string;
                /** @description 提出人 / By */
                by?: string;
                /** @description 内容 / Text */
                text?: string;
            }[];
            /** @description 评定明细 / Rating details */
            rating?: {
                [key: string]: unknown;
            };
            snapshot?: components["schemas"]["KpiTable"];
            /**
             * @description 数据来源 / Source of the figures
             * @enum {string}
             */
            source?: "LIVE" | "APPROVED_CHILD_REPORTS";
            /** @description 星级 / Stars */
            stars?: number;
            /**
             * @description 报告状态 / Report status
             * @enum {string}
             */
            status: "DRAFT" | "SUBMITTED" | "APPROVED" | "REJECTED";
            /** @description 任务进度、指标完成、问题反馈三张清单 / Task progress, indicator completion, problem feedback */
            threeLists?: {
                [key: string]: unknown;
            };
            /**
             * Format: int64
             * @description 版本 / Version
             */
            version?: number;
        } & {
            [key: string]: unknown;
        };
        PeriodReportDecision: {
            reason?: string;
        };
        /** @description 周期报告分页 / A page of period reports */
        PeriodReportPage: {
            /** @description 本页记录 / Records of this page */
            items: components["schemas"]["PeriodReport"][];
            /** @description 下一页游标，无更多时为 null / Cursor of the next page, null at the end */
            next?: string | null;
        };
        PeriodReportProblemRequest: {
            text?: string;
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
            code: "bad-request" | "code-mismatch" | "concurrent-update" | "duplicate" | "export-not-ready" | "forbidden" | "idempotency-key-reused" | "internal" | "invalid-export" | "invalid-format" | "invalid-indicator" | "invalid-parameter" | "invalid-period" | "invalid-problem" | "invalid-segment" | "invalid-target" | "malformed-body" | "not-found" | "rejected-request" | "report-approved" | "report-changed" | "report-state" | "too-large" | "unauthenticated" | "unknown-indicator" | "unknown-parameter" | "uri-too-long" | "validation";
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
            type: "https://socialpsych.org/problems/bad-request" | "https://socialpsych.org/problems/code-mismatch" | "https://socialpsych.org/problems/concurrent-update" | "https://socialpsych.org/problems/duplicate" | "https://socialpsych.org/problems/export-not-ready" | "https://socialpsych.org/problems/forbidden" | "https://socialpsych.org/problems/idempotency-key-reused" | "https://socialpsych.org/problems/internal" | "https://socialpsych.org/problems/invalid-export" | "https://socialpsych.org/problems/invalid-format" | "https://socialpsych.org/problems/invalid-indicator" | "https://socialpsych.org/problems/invalid-parameter" | "https://socialpsych.org/problems/invalid-period" | "https://socialpsych.org/problems/invalid-problem" | "https://socialpsych.org/problems/invalid-segment" | "https://socialpsych.org/problems/invalid-target" | "https://socialpsych.org/problems/malformed-body" | "https://socialpsych.org/problems/not-found" | "https://socialpsych.org/problems/rejected-request" | "https://socialpsych.org/problems/report-approved" | "https://socialpsych.org/problems/report-changed" | "https://socialpsych.org/problems/report-state" | "https://socialpsych.org/problems/too-large" | "https://socialpsych.org/problems/unauthenticated" | "https://socialpsych.org/problems/unknown-indicator" | "https://socialpsych.org/problems/unknown-parameter" | "https://socialpsych.org/problems/uri-too-long" | "https://socialpsych.org/problems/validation";
        };
        ReportArea: {
            area?: components["schemas"]["AreaEntry"];
            subtree?: components["schemas"]["AreaEntry"][];
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
        SetTargetRequest: {
            areaCode: string;
            /** Format: date */
            deadline?: string;
            /** Format: date */
            effectiveFrom: string;
            indicator: string;
            responsibleUnit?: string;
            segment?: string;
            /** Format: double */
            value: number;
        };
        SubmitExport: {
            area: string;
            /** Format: int32 */
            depth?: number;
            /** @enum {string} */
            format?: "XLSX" | "CSV";
            includeChildren?: boolean;
            indicators?: string[];
            /** @enum {string} */
            kind: "KPI" | "PERIOD_REPORT";
            period?: string;
            periods?: string[];
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
    submitExportJob: {
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
                "application/json": components["schemas"]["SubmitExport"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportJob"];
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
    getExportJob: {
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
                    "application/json": components["schemas"]["ExportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    downloadExportFile: {
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    exportKpis: {
        parameters: {
            query: {
                /** @description area */
                area: string;
                /** @description format */
                format?: string;
                /** @description indicators */
                indicators?: string[];
                /** @description period */
                period: string;
                /** @description segment */
                segment?: string;
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
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listIndicators: {
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
                    "application/json": components["schemas"]["IndicatorDefinition"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    getIndicator: {
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
                    "application/json": components["schemas"]["IndicatorDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    reviseIndicator: {
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
                "application/json": components["schemas"]["IndicatorDefinition"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorDefinition"];
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
    queryKpis: {
        parameters: {
            query: {
                /** @description area */
                area: string;
                /** @description indicators */
                indicators?: string[];
                /** @description period */
                period: string;
                /** @description segment */
                segment?: string;
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
                    /**
                     * @example {
                     *       "area": {
                     *         "areaCode": "330327",
                     *         "areaName": "苍南县",
                     *         "kpis": [
                     *           {
                     *             "indicator": "SCREENINGS",
                     *             "numerator": 31000,
                     *             "status": "NO_TARGET",
                     *             "value": 31000
                     *           }
                     *         ],
                     *         "level": "COUNTY"
                     *       },
                     *       "children": [],
                     *       "period": "2026-Q4"
                     *     }
                     */
                    "application/json": components["schemas"]["KpiTable"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
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
    listPeriodReports: {
        parameters: {
            query?: {
                /** @description area */
                area?: string;
                /** @description cursor */
                cursor?: string;
                /** @description limit */
                limit?: number;
                /** @description period */
                period?: string;
                /** @description status */
                status?: string;
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
                    "application/json": components["schemas"]["PeriodReportPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createPeriodReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReport"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReport"];
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
    getPeriodReport: {
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
                    "application/json": components["schemas"]["PeriodReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    approvePeriodReport: {
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
                    "application/json": components["schemas"]["PeriodReport"];
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
    addPeriodReportProblem: {
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
                "application/json": components["schemas"]["PeriodReportProblemRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReport"];
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
    rejectPeriodReport: {
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
                "application/json": components["schemas"]["PeriodReportDecision"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodReport"];
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
    submitPeriodReport: {
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
                    "application/json": components["schemas"]["PeriodReport"];
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
    getReportArea: {
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
                    "application/json": components["schemas"]["ReportArea"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
    listAreaTargets: {
        parameters: {
            query: {
                /** @description area */
                area: string;
                /** @description cursor */
                cursor?: string;
                /** @description indicator */
                indicator?: string;
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
                    "application/json": components["schemas"]["AreaTargetPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    setAreaTarget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetTargetRequest"];
            };
        };
        responses: {
            /** @description 成功 / OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AreaTarget"];
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
