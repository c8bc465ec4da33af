// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 ISMS Workbench contributors
#include "mainwindow/PageRegistry.h"

#include "assets/AssetDependencyPanel.h"
#include "audits/AuditCoveragePage.h"
#include "audits/AuditPanel.h"
#include "calendar/CalendarPage.h"
#include "domain/Entities.h"
#include "heatmap/HeatMapPage.h"
#include "import/ImportPage.h"
#include "improvement/ImprovementPanels.h"
#include "methodology/MethodologyPage.h"
#include "metrics/MetricPanel.h"
#include "metrics/ObjectiveMetricsPanel.h"
#include "processes/ProcessMapPage.h"
#include "readiness/ReadinessPage.h"
#include "records/RegisterPage.h"
#include "reviews/ReviewPanel.h"
#include "risks/RiskRegisterPage.h"
#include "risks/TreatmentPlanPage.h"
#include "roles/RaciPage.h"
#include "runs/AssessmentRunPanel.h"
#include "soa/SoaComparePage.h"
#include "soa/SoaPage.h"

namespace {

/// The page of a register built on the framework: everything comes from its spec.
PageRegistry::Entry registerPage(const isms::EntitySpec &spec, const char *group)
{
    return PageRegistry::Entry{
        .key = spec.key,
        .entity = spec.entity,
        .group = group,
        .label = spec.plural,
        .labelContext = "isms::EntitySpec",
        .create = [&spec](Prompt &prompt, QWidget *parent) -> WorkbenchPage * {
            return new RegisterPage(spec, prompt, parent);
        },
    };
}

/// The asset register with its dependencies and effective requirements beside the form.
PageRegistry::Entry assetPage(const char *group)
{
    PageRegistry::Entry entry = registerPage(isms::assetSpec(), group);
    entry.create = [](Prompt &prompt, QWidget *parent) -> WorkbenchPage * {
        auto *page = new RegisterPage(isms::assetSpec(), prompt, parent);
        page->addRecordPanel(new AssetDependencyPanel);
        return page;
    };
    return entry;
}

/// A register page with a panel beside its form (created with the page).
template <typename Panel>
PageRegistry::Entry pageWithPanel(const isms::EntitySpec &spec, const char *group, const char *panelTitle)
{
    PageRegistry::Entry entry = registerPage(spec, group);
    entry.create = [&spec, panelTitle](Prompt &prompt, QWidget *parent) -> WorkbenchPage * {
        auto *page = new RegisterPage(spec, prompt, parent);
        page->addRecordPanel(new Panel, QCoreApplication::translate("PageRegistry", panelTitle));
        return page;
    };
    return entry;
}

/// The risk register with its levels in colour and its panel (sign-off, assets, controls, tasks).
PageRegistry::Entry riskPage(const char *group)
{
    PageRegistry::Entry entry = registerPage(isms::riskSpec(), group);
    entry.create = [](Prompt &prompt, QWidget *parent) -> WorkbenchPage * {
        return RiskRegisterPage::create(prompt, parent);
    };
    return entry;
}

/// The risk matrix with the register's risks on it, current and residual.
PageRegistry::Entry heatMapPage(const char *group)
{
    return PageRegistry::Entry{
        .key = QStringLiteral("heat-map"),
        .entity = {},
        .group = group,
        .label = QT_TRANSLATE_NOOP("PageRegistry", "Heat map"),
        .labelContext = "PageRegistry",
        .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * { return new HeatMapPage(parent); },
    };
}

/// The risk assessment method: scales, levels, matrix, acceptance and reassessment.
PageRegistry::Entry methodologyPage(const char *group)
{
    return PageRegistry::Entry{
        .key = QStringLiteral("methodology"),
        .entity = {},
        .group = group,
        .label = QT_TRANSLATE_NOOP("PageRegistry", "Methodology"),
        .labelContext = "PageRegistry",
        .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * { return new MethodologyPage(parent); },
    };
}

/// The processes of the ISMS as boxes and their interactions as arrows.
PageRegistry::Entry processMapPage(const char *group)
{
    return PageRegistry::Entry{
        .key = QStringLiteral("process-map"),
        .entity = {},
        .group = group,
        .label = QT_TRANSLATE_NOOP("PageRegistry", "Process map"),
        .labelContext = "PageRegistry",
        .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * { return new ProcessMapPage(parent); },
    };
}

/// The RACI matrix of roles over the ISMS processes: the page of the `raci` register.
PageRegistry::Entry raciPage(const char *group)
{
    return PageRegistry::Entry{
        .key = isms::raciAssignmentSpec().key,
        .entity = isms::raciAssignmentSpec().entity,
        .group = group,
        .label = QT_TRANSLATE_NOOP("PageRegistry", "RACI matrix"),
        .labelContext = "PageRegistry",
        .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * { return new RaciPage(parent); },
    };
}

/// The dated risk assessment runs, each with the register it froze and what changed since.
PageRegistry::Entry assessmentRunPage(const char *group)
{
    PageRegistry::Entry entry = registerPage(isms::assessmentRunSpec(), group);
    entry.create = [](Prompt &prompt, QWidget *parent) -> WorkbenchPage * {
        auto *page = new RegisterPage(isms::assessmentRunSpec(), prompt, parent);
        page->addRecordPanel(new AssessmentRunPanel, RegisterPage::tr("Frozen register"));
        return page;
    };
    return entry;
}

} // namespace

QString PageRegistry::Entry::groupText() const
{
    return QCoreApplication::translate("PageRegistry", group);
}

QString PageRegistry::Entry::labelText() const
{
    return QCoreApplication::translate(labelContext, label);
}

const QList<PageRegistry::Entry> &PageRegistry::entries()
{
    static const QList<Entry> pages{
        registerPage(isms::contextIssueSpec(), QT_TRANSLATE_NOOP("PageRegistry", "4 Context")),
        registerPage(isms::interestedPartySpec(), QT_TRANSLATE_NOOP("PageRegistry", "4 Context")),
        registerPage(isms::scopeSpec(), QT_TRANSLATE_NOOP("PageRegistry", "4 Context")),
        registerPage(isms::processSpec(), QT_TRANSLATE_NOOP("PageRegistry", "4 Context")),
        registerPage(isms::processInteractionSpec(), QT_TRANSLATE_NOOP("PageRegistry", "4 Context")),
        processMapPage(QT_TRANSLATE_NOOP("PageRegistry", "4 Context")),
        registerPage(isms::leadershipDutySpec(), QT_TRANSLATE_NOOP("PageRegistry", "5 Leadership")),
        registerPage(isms::roleSpec(), QT_TRANSLATE_NOOP("PageRegistry", "5 Leadership")),
        raciPage(QT_TRANSLATE_NOOP("PageRegistry", "5 Leadership")),
        registerPage(isms::ismsRiskSpec(), QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        assetPage(QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        registerPage(isms::threatSpec(), QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        registerPage(isms::vulnerabilitySpec(), QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        riskPage(QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        Entry{.key = QStringLiteral("treatment-plan"),
              .entity = {},
              .group = QT_TRANSLATE_NOOP("PageRegistry", "6 Planning"),
              .label = QT_TRANSLATE_NOOP("PageRegistry", "Treatment plan"),
              .labelContext = "PageRegistry",
              .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * {
                  return new TreatmentPlanPage(parent);
              }},
        heatMapPage(QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        methodologyPage(QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        Entry{.key = QStringLiteral("soa"),
              .entity = isms::additionalControlSpec().entity,
              .group = QT_TRANSLATE_NOOP("PageRegistry", "6 Planning"),
              .label = QT_TRANSLATE_NOOP("PageRegistry", "Statement of Applicability"),
              .labelContext = "PageRegistry",
              .create = [](Prompt &prompt, QWidget *parent) -> WorkbenchPage * {
                  return new SoaPage(prompt, parent);
              }},
        Entry{.key = QStringLiteral("soa-compare"),
              .entity = isms::SoaVersionService::logEntity(),
              .group = QT_TRANSLATE_NOOP("PageRegistry", "6 Planning"),
              .label = QT_TRANSLATE_NOOP("PageRegistry", "SoA versions"),
              .labelContext = "PageRegistry",
              .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * {
                  return new SoaComparePage(parent);
              }},
        pageWithPanel<ObjectiveMetricsPanel>(isms::objectiveSpec(),
                                             QT_TRANSLATE_NOOP("PageRegistry", "6 Planning"),
                                             QT_TRANSLATE_NOOP("PageRegistry", "Metrics")),
        registerPage(isms::plannedChangeSpec(), QT_TRANSLATE_NOOP("PageRegistry", "6 Planning")),
        registerPage(isms::resourceSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        registerPage(isms::personSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        registerPage(isms::competenceSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        registerPage(isms::trainingSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        registerPage(isms::communicationSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        registerPage(isms::documentSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        registerPage(isms::documentVersionSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        registerPage(isms::acknowledgementSpec(), QT_TRANSLATE_NOOP("PageRegistry", "7 Support")),
        assessmentRunPage(QT_TRANSLATE_NOOP("PageRegistry", "8 Operation")),
        pageWithPanel<MetricPanel>(isms::metricSpec(),
                                   QT_TRANSLATE_NOOP("PageRegistry", "9 Performance"),
                                   QT_TRANSLATE_NOOP("PageRegistry", "Trend")),
        registerPage(isms::measurementSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        registerPage(isms::metricEvaluationSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        registerPage(isms::auditProgrammeSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        pageWithPanel<AuditPanel>(isms::auditSpec(),
                                  QT_TRANSLATE_NOOP("PageRegistry", "9 Performance"),
                                  QT_TRANSLATE_NOOP("PageRegistry", "Independence and checklist")),
        registerPage(isms::auditAuditorSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        registerPage(isms::auditClauseSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        registerPage(isms::auditControlSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        pageWithPanel<ChecklistItemPanel>(isms::checklistItemSpec(),
                                          QT_TRANSLATE_NOOP("PageRegistry", "9 Performance"),
                                          QT_TRANSLATE_NOOP("PageRegistry", "Finding")),
        pageWithPanel<FindingPanel>(isms::findingSpec(),
                                    QT_TRANSLATE_NOOP("PageRegistry", "9 Performance"),
                                    QT_TRANSLATE_NOOP("PageRegistry", "Nonconformity")),
        Entry{.key = QStringLiteral("audit-coverage"),
              .entity = {},
              .group = QT_TRANSLATE_NOOP("PageRegistry", "9 Performance"),
              .label = QT_TRANSLATE_NOOP("PageRegistry", "Audit coverage"),
              .labelContext = "PageRegistry",
              .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * {
                  return new AuditCoveragePage(parent);
              }},
        pageWithPanel<ReviewPanel>(isms::managementReviewSpec(),
                                   QT_TRANSLATE_NOOP("PageRegistry", "9 Performance"),
                                   QT_TRANSLATE_NOOP("PageRegistry", "Inputs and actions")),
        registerPage(isms::reviewAttendeeSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        registerPage(isms::reviewActionSpec(), QT_TRANSLATE_NOOP("PageRegistry", "9 Performance")),
        registerPage(isms::improvementSpec(), QT_TRANSLATE_NOOP("PageRegistry", "10 Improvement")),
        pageWithPanel<NonconformityPanel>(isms::nonconformitySpec(),
                                          QT_TRANSLATE_NOOP("PageRegistry", "10 Improvement"),
                                          QT_TRANSLATE_NOOP("PageRegistry", "Actions and review")),
        registerPage(isms::nonconformityChangeSpec(), QT_TRANSLATE_NOOP("PageRegistry", "10 Improvement")),
        pageWithPanel<CorrectiveActionPanel>(isms::correctiveActionSpec(),
                                             QT_TRANSLATE_NOOP("PageRegistry", "10 Improvement"),
                                             QT_TRANSLATE_NOOP("PageRegistry", "Nonconformity")),
        pageWithPanel<IncidentPanel>(isms::incidentSpec(),
                                     QT_TRANSLATE_NOOP("PageRegistry", "8 Operation"),
                                     QT_TRANSLATE_NOOP("PageRegistry", "Nonconformity")),
        registerPage(isms::supplierSpec(), QT_TRANSLATE_NOOP("PageRegistry", "8 Operation")),
        registerPage(isms::incidentAssetSpec(), QT_TRANSLATE_NOOP("PageRegistry", "8 Operation")),
        registerPage(isms::incidentRiskSpec(), QT_TRANSLATE_NOOP("PageRegistry", "8 Operation")),
        registerPage(isms::supplierRiskSpec(), QT_TRANSLATE_NOOP("PageRegistry", "8 Operation")),
        registerPage(isms::supplierAssetSpec(), QT_TRANSLATE_NOOP("PageRegistry", "8 Operation")),
        PageRegistry::Entry{
            .key = QStringLiteral("readiness"),
            .entity = {},
            .group = QT_TRANSLATE_NOOP("PageRegistry", "Tools"),
            .label = QT_TRANSLATE_NOOP("PageRegistry", "Readiness check"),
            .labelContext = "PageRegistry",
            .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * { return new ReadinessPage(parent); },
        },
        PageRegistry::Entry{
            .key = QStringLiteral("calendar"),
            .entity = {},
            .group = QT_TRANSLATE_NOOP("PageRegistry", "Tools"),
            .label = QT_TRANSLATE_NOOP("PageRegistry", "ISMS calendar"),
            .labelContext = "PageRegistry",
            .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * { return new CalendarPage(parent); },
        },
        registerPage(isms::documentControlSpec(), QT_TRANSLATE_NOOP("PageRegistry", "Tools")),
        PageRegistry::Entry{
            .key = QStringLiteral("import-wizard"),
            .entity = {},
            .group = QT_TRANSLATE_NOOP("PageRegistry", "Tools"),
            .label = QT_TRANSLATE_NOOP("PageRegistry", "Import"),
            .labelContext = "PageRegistry",
            .create = [](Prompt &, QWidget *parent) -> WorkbenchPage * { return new ImportPage(parent); },
        },
    };
    return pages;
}

const PageRegistry::Entry *PageRegistry::find(QStringView key)
{
    for (const Entry &entry : entries()) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

const PageRegistry::Entry *PageRegistry::findByEntity(QStringView entity)
{
    for (const Entry &entry : entries()) {
        if (!entry.entity.isEmpty() && entry.entity == entity) {
            return &entry;
        }
    }
    return nullptr;
}

QStringList PageRegistry::keys()
{
    QStringList result;
    for (const Entry &entry : entries()) {
        result.append(entry.key);
    }
    return result;
}
