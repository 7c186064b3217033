// SPDX-License-Identifier: Apache-2.0
// StagePlanDialog (Secrets > Stage plan…): one stage operation across many secrets. Choose the
// scope (the selected secrets, every secret matching the window's filter, or a tag), the operation
// and its stage(s); Build plan reads them from the server (progress, Cancel) and lists one row per
// secret with its state now and after, its risks and why a row needs nothing or cannot be done.
// Apply asks the production guard once, naming the number of secrets, applies through PlanRunner
// (results per row as they arrive, Cancel) and puts the run on the undo history as one step.
// Export writes the plan and its results (CSV or JSON lines). The "Where is this stage?" tab shows
// which version holds a chosen stage on each secret and how old it is, sortable.
#pragma once

#include "core/api/csmstypes.h"
#include "core/plan/planbuilder.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace keystage {
class CsmsClient;
class PlanRunner;
class PlanScope;
struct PlanSummary;
} // namespace keystage

namespace keystage::ui {

class PlanModel;
class StageWhereModel;
class UndoHistory;

class StagePlanDialog : public QDialog
{
    Q_OBJECT

public:
    // What the window offers as scope: its selection and its filter.
    struct Scope
    {
        QStringList selected;
        QString filterText;
        QList<Tag> filterTags;
        QString filterState;
    };
    enum class ScopeKind { Selected, Filter, Tag };

    StagePlanDialog(CsmsClient *client, UndoHistory *history, const Scope &scope,
                    QWidget *parent = nullptr);
    ~StagePlanDialog() override;

    PlanModel *planModel() const { return m_model; }
    StageWhereModel *whereModel() const { return m_where; }
    PlanRunner *runner() const { return m_runner; }
    const StagePlan &plan() const;
    bool isBusy() const;
    // Writes the plan and its results: JSON lines when the name ends in .jsonl/.json, else CSV.
    bool exportTo(const QString &path);

public Q_SLOTS:
    void buildPlan();
    void apply();
    void cancelRun();
    void exportPlan(); // asks for a file (non-modal file dialog)

Q_SIGNALS:
    void planBuilt(const keystage::StagePlan &plan);
    void applied(const keystage::PlanSummary &summary);
    // Secrets the apply (or an undo) changed: the window re-reads them.
    void secretsChanged(const QStringList &names);

protected:
    void reject() override; // Escape / Close while a run goes on: cancel it first

private:
    void buildUi();
    void updateState();
    PlanOperation operation() const;
    void startBuild(const QList<PlanTarget> &targets);
    void onBuilt(const StagePlan &plan);
    void onApplied(const PlanSummary &summary);
    void setStatus(const QString &text);
    void showProgress();
    void fitWhereColumns(); // once per plan, when its tab shows

    QPointer<CsmsClient> m_client;
    QPointer<UndoHistory> m_history;
    Scope m_scope;
    PlanScope *m_scopeReader = nullptr;
    PlanBuilder *m_builder = nullptr;
    PlanRunner *m_runner = nullptr;
    PlanModel *m_model = nullptr;
    StageWhereModel *m_where = nullptr;
    QSortFilterProxyModel *m_whereProxy = nullptr;
    bool m_built = false;
    bool m_applied = false;
    bool m_guardOpen = false;
    bool m_whereFitDue = false;
    QTimer m_progressTimer;

    QComboBox *m_scopeBox = nullptr;
    QLineEdit *m_tagEdit = nullptr;
    QComboBox *m_operationBox = nullptr;
    QLineEdit *m_stageEdit = nullptr;
    QLineEdit *m_referenceEdit = nullptr;
    QPushButton *m_buildButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_planView = nullptr;
    QComboBox *m_whereStage = nullptr;
    QTableView *m_whereView = nullptr;
};

} // namespace keystage::ui
