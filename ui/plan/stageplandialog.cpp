// SPDX-License-Identifier: Apache-2.0
#include "ui/plan/stageplandialog.h"
#include "ui/dialogchrome.h"

#include "core/api/csmsclient.h"
#include "core/plan/planexport.h"
#include "core/plan/planrunner.h"
#include "core/plan/planscope.h"
#include "ui/plan/plancommand.h"
#include "ui/plan/planmodel.h"
#include "ui/plan/stagewheremodel.h"
#include "ui/profiles/productionguard.h"
#include "ui/undohistory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace keystage::ui {

namespace {

QList<TagValues> tagValues(const QList<Tag> &tags)
{
    QList<TagValues> out;
    for (const Tag &t : tags)
        out.append({t.key, t.value.isEmpty() ? QStringList() : QStringList{t.value}});
    return out;
}

QList<Tag> parseTag(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const qsizetype eq = t.indexOf(QLatin1Char('='));
    if (eq < 0)
        return {{t, QString()}};
    return {{t.left(eq).trimmed(), t.mid(eq + 1).trimmed()}};
}

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    // Fitting the columns reads the rows in view only: a plan of 1,000 secrets is not measured row
    // by row on the ui thread.
    view->horizontalHeader()->setResizeContentsPrecision(0);
    return view;
}

} // namespace

StagePlanDialog::StagePlanDialog(CsmsClient *client, UndoHistory *history, const Scope &scope,
                                 QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_history(history)
    , m_scope(scope)
    , m_scopeReader(new PlanScope(client, this))
    , m_builder(new PlanBuilder(client, this))
    , m_runner(new PlanRunner(client, this))
    , m_model(new PlanModel(this))
    , m_where(new StageWhereModel(this))
{
    setWindowTitle(tr("Stage plan"));
    setObjectName(QStringLiteral("stagePlanDialog"));
    buildUi();

    connect(m_scopeReader, &PlanScope::progressed, this,
            [this](int found) { setStatus(tr("Finding the secrets: %n found…", nullptr, found)); });
    connect(m_scopeReader, &PlanScope::finished, this, &StagePlanDialog::startBuild);
    connect(m_scopeReader, &PlanScope::failed, this, [this](const ApiError &error) {
        setStatus(error.kind == ApiError::Kind::Cancelled
                          ? tr("Cancelled.")
                          : tr("The secrets could not be listed: %1").arg(error.summary()));
        updateState();
    });
    connect(m_builder, &PlanBuilder::rowReady, m_model, &PlanModel::setRow);
    // Progress is shown at most every 100 ms: a word-wrapped label relaid out per secret would
    // cost the ui thread more than the reads themselves.
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &StagePlanDialog::showProgress);
    connect(m_builder, &PlanBuilder::progressed, this, [this]() {
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(m_builder, &PlanBuilder::finished, this, &StagePlanDialog::onBuilt);
    connect(m_runner, &PlanRunner::resultReady, m_model, &PlanModel::setResult);
    connect(m_runner, &PlanRunner::progressed, this, [this]() {
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    });
    connect(m_runner, &PlanRunner::finished, this, &StagePlanDialog::onApplied);
    updateState();
}

StagePlanDialog::~StagePlanDialog() = default;

void StagePlanDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_scopeBox = new QComboBox(this);
    m_scopeBox->setObjectName(QStringLiteral("scopeBox"));
    if (!m_scope.selected.isEmpty())
        m_scopeBox->addItem(tr("The %n selected secret(s)", nullptr, int(m_scope.selected.size())),
                            int(ScopeKind::Selected));
    const bool filtered = !m_scope.filterText.isEmpty() || !m_scope.filterTags.isEmpty()
                          || !m_scope.filterState.isEmpty();
    m_scopeBox->addItem(filtered ? tr("Every secret matching the filter") : tr("Every secret"),
                        int(ScopeKind::Filter));
    m_scopeBox->addItem(tr("Secrets with a tag"), int(ScopeKind::Tag));
    m_tagEdit = new QLineEdit(this);
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    m_tagEdit->setPlaceholderText(tr("key=value, or key for any value"));
    m_tagEdit->setAccessibleName(tr("Tag"));
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeBox, 1);
    scopeRow->addWidget(m_tagEdit, 1);
    auto *scopeLabel = new QLabel(tr("&Secrets:"), this);
    scopeLabel->setBuddy(m_scopeBox);
    form->addRow(scopeLabel, scopeRow);

    m_operationBox = new QComboBox(this);
    m_operationBox->setObjectName(QStringLiteral("operationBox"));
    m_operationBox->addItem(tr("Promote a stage to the newest version"),
                            int(PlanOperation::Kind::Promote));
    m_operationBox->addItem(tr("Move a stage to the version holding another stage"),
                            int(PlanOperation::Kind::MoveToHolder));
    m_operationBox->addItem(tr("Roll back (SYSCURRENT and SYSPREVIOUS swap)"),
                            int(PlanOperation::Kind::RollBack));
    m_operationBox->addItem(tr("Delete a stage"), int(PlanOperation::Kind::DeleteStage));
    m_operationBox->addItem(tr("Add a stage to the newest version"),
                            int(PlanOperation::Kind::AddStage));
    form->addRow(tr("&Operation:"), m_operationBox);
    m_stageEdit = new QLineEdit(this);
    m_stageEdit->setObjectName(QStringLiteral("stageEdit"));
    m_stageEdit->setPlaceholderText(tr("Stage name, e.g. BETA"));
    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(QStringLiteral("referenceEdit"));
    m_referenceEdit->setPlaceholderText(tr("to the version holding, e.g. SYSCURRENT"));
    m_referenceEdit->setAccessibleName(tr("Stage whose version is the target"));
    auto *stageRow = new QHBoxLayout;
    stageRow->addWidget(m_stageEdit, 1);
    stageRow->addWidget(m_referenceEdit, 1);
    auto *stageLabel = new QLabel(tr("S&tage:"), this);
    stageLabel->setBuddy(m_stageEdit);
    form->addRow(stageLabel, stageRow);

    m_tabs = new QTabWidget(this);
    m_planView = makeTable(this, QStringLiteral("planView"));
    m_planView->setModel(m_model);
    m_planView->setAccessibleName(tr("Plan"));
    m_tabs->addTab(m_planView, tr("&Plan"));
    auto *wherePage = new QWidget(this);
    auto *whereLayout = new QVBoxLayout(wherePage);
    whereLayout->setContentsMargins(0, 0, 0, 0);
    m_whereStage = new QComboBox(wherePage);
    m_whereStage->setObjectName(QStringLiteral("whereStageBox"));
    m_whereStage->setEditable(true);
    auto *whereForm = new QFormLayout;
    whereForm->addRow(tr("Stage:"), m_whereStage);
    whereLayout->addLayout(whereForm);
    m_whereProxy = new QSortFilterProxyModel(this);
    m_whereProxy->setSourceModel(m_where);
    m_whereProxy->setSortRole(StageWhereModel::SortRole);
    m_whereView = makeTable(wherePage, QStringLiteral("whereView"));
    m_whereView->setModel(m_whereProxy);
    m_whereView->setAccessibleName(tr("Where is this stage?"));
    m_whereView->setSortingEnabled(true);
    m_whereView->sortByColumn(StageWhereModel::AgeColumn, Qt::DescendingOrder);
    whereLayout->addWidget(m_whereView);
    m_tabs->addTab(wherePage, tr("&Where is this stage?"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &StagePlanDialog::fitWhereColumns);
    layout->addWidget(m_tabs, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_buildButton = buttons->addButton(tr("&Build plan"), QDialogButtonBox::ActionRole);
    m_buildButton->setObjectName(QStringLiteral("buildButton"));
    m_applyButton = buttons->addButton(tr("&Apply…"), QDialogButtonBox::ActionRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton = buttons->addButton(tr("Cancel r&un"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *b : {m_buildButton, m_applyButton, m_cancelButton, m_exportButton})
        b->setAutoDefault(false);
    layout->addWidget(buttons);

    connect(m_buildButton, &QPushButton::clicked, this, &StagePlanDialog::buildPlan);
    connect(m_applyButton, &QPushButton::clicked, this, &StagePlanDialog::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &StagePlanDialog::cancelRun);
    connect(m_exportButton, &QPushButton::clicked, this, &StagePlanDialog::exportPlan);
    connect(m_closeButton, &QPushButton::clicked, this, &StagePlanDialog::reject);
    for (QComboBox *box : {m_scopeBox, m_operationBox})
        connect(box, &QComboBox::currentIndexChanged, this, &StagePlanDialog::updateState);
    for (QLineEdit *edit : {m_tagEdit, m_stageEdit, m_referenceEdit})
        connect(edit, &QLineEdit::textChanged, this, &StagePlanDialog::updateState);
    connect(m_whereStage, &QComboBox::currentTextChanged, m_where, &StageWhereModel::setStage);
    resize(openingSize(this, {900, 560}));
}

const StagePlan &StagePlanDialog::plan() const
{
    return m_model->plan();
}

bool StagePlanDialog::isBusy() const
{
    return m_scopeReader->isRunning() || m_builder->isRunning() || m_runner->isRunning()
           || m_guardOpen;
}

PlanOperation StagePlanDialog::operation() const
{
    PlanOperation op;
    op.kind = PlanOperation::Kind(m_operationBox->currentData().toInt());
    if (op.kind != PlanOperation::Kind::RollBack)
        op.stage = m_stageEdit->text().trimmed();
    if (op.kind == PlanOperation::Kind::MoveToHolder)
        op.reference = m_referenceEdit->text().trimmed();
    return op;
}

void StagePlanDialog::updateState()
{
    const bool busy = isBusy();
    const auto scope = ScopeKind(m_scopeBox->currentData().toInt());
    const PlanOperation op = operation();
    m_tagEdit->setEnabled(!busy && scope == ScopeKind::Tag);
    m_stageEdit->setEnabled(!busy && op.kind != PlanOperation::Kind::RollBack);
    m_referenceEdit->setEnabled(!busy && op.kind == PlanOperation::Kind::MoveToHolder);
    m_referenceEdit->setVisible(op.kind == PlanOperation::Kind::MoveToHolder);
    m_scopeBox->setEnabled(!busy);
    m_operationBox->setEnabled(!busy);
    const bool complete
            = (op.kind == PlanOperation::Kind::RollBack || !op.stage.isEmpty())
              && (op.kind != PlanOperation::Kind::MoveToHolder || !op.reference.isEmpty())
              && (scope != ScopeKind::Tag || !parseTag(m_tagEdit->text()).isEmpty());
    m_buildButton->setEnabled(!busy && m_client && complete);
    const int planned = m_built ? plan().count(PlanRow::Status::Planned) : 0;
    m_applyButton->setEnabled(!busy && m_client && m_built && !m_applied && planned > 0);
    m_applyButton->setText(planned > 0 ? tr("&Apply to %n secret(s)…", nullptr, planned)
                                       : tr("&Apply…"));
    m_cancelButton->setEnabled(busy && !m_guardOpen);
    m_exportButton->setEnabled(!busy && m_built);
}

void StagePlanDialog::showProgress()
{
    if (m_runner->isRunning()) {
        m_progress->setRange(0, m_runner->planned());
        m_progress->setValue(m_runner->done());
        setStatus(m_runner->summary().text());
    } else if (m_builder->isRunning()) {
        m_progress->setRange(0, m_builder->total());
        m_progress->setValue(m_builder->done());
        setStatus(tr("Reading %1 of %2 secrets…").arg(m_builder->done()).arg(m_builder->total()));
    }
}

void StagePlanDialog::fitWhereColumns()
{
    // When the tab is seen: fitting the hidden table measured its rows for 16 ms at the end of a
    // build of 1,000 secrets.
    if (!m_whereFitDue || !m_whereView->isVisible())
        return;
    m_whereFitDue = false;
    m_whereView->resizeColumnsToContents();
}

void StagePlanDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void StagePlanDialog::buildPlan()
{
    if (isBusy() || !m_client)
        return;
    m_built = false;
    m_applied = false;
    m_model->setPlan({});
    m_progress->setRange(0, 0); // busy until the scope is known
    const auto scope = ScopeKind(m_scopeBox->currentData().toInt());
    switch (scope) {
    case ScopeKind::Selected: {
        QList<PlanTarget> targets;
        for (const QString &name : std::as_const(m_scope.selected))
            targets.append({name, std::nullopt});
        startBuild(targets);
        return;
    }
    case ScopeKind::Filter:
        m_scopeReader->start(m_scope.filterText, tagValues(m_scope.filterTags),
                             m_scope.filterState);
        break;
    case ScopeKind::Tag:
        m_scopeReader->start({}, tagValues(parseTag(m_tagEdit->text())));
        break;
    }
    setStatus(tr("Finding the secrets…"));
    updateState();
}

void StagePlanDialog::startBuild(const QList<PlanTarget> &targets)
{
    const PlanOperation op = operation();
    StagePlan empty;
    empty.operation = op;
    for (const PlanTarget &t : targets) {
        PlanRow row;
        row.secretName = t.secretName;
        row.reason = tr("Not read yet.");
        empty.rows.append(row);
    }
    m_model->setPlan(empty);
    if (targets.isEmpty()) {
        m_progress->setRange(0, 1);
        setStatus(tr("No secret in this scope."));
        updateState();
        return;
    }
    m_builder->start(targets, op);
    updateState();
}

void StagePlanDialog::onBuilt(const StagePlan &plan)
{
    m_progressTimer.stop();
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_model->setPlan(plan);
    m_where->setPlan(plan);
    {
        const QSignalBlocker block(m_whereStage);
        m_whereStage->clear();
        m_whereStage->addItems(m_where->stages());
        m_whereStage->setCurrentText(m_where->stage());
    }
    m_built = true;
    m_planView->resizeColumnsToContents();
    m_whereFitDue = true;
    fitWhereColumns();
    QString text = tr("%n secret(s) to change", nullptr, plan.count(PlanRow::Status::Planned));
    if (const int risky = plan.riskyCount(); risky > 0)
        text += tr(", %n with risks", nullptr, risky);
    if (const int n = plan.count(PlanRow::Status::NothingToDo); n > 0)
        text += tr(", %n need(s) nothing", nullptr, n);
    if (const int n = plan.count(PlanRow::Status::CannotDo); n > 0)
        text += tr(", %n cannot be done", nullptr, n);
    if (const int n = plan.count(PlanRow::Status::NotRead); n > 0)
        text += tr(", %n not read", nullptr, n);
    setStatus(text + QLatin1Char('.'));
    updateState();
    Q_EMIT planBuilt(plan);
}

void StagePlanDialog::apply()
{
    if (isBusy() || !m_built || m_applied || !m_client)
        return;
    const int planned = plan().count(PlanRow::Status::Planned);
    if (planned == 0)
        return;
    m_guardOpen = true;
    updateState();
    const QString action = tr("Apply the stage plan (%1) to %n secret(s)", nullptr, planned)
                                   .arg(plan().operation.describe());
    ProductionGuard::confirm(this, m_client->profile(), action, this, [this](bool confirmed) {
        m_guardOpen = false;
        if (!confirmed || !m_client) {
            updateState();
            return;
        }
        m_model->clearResults();
        m_runner->start(plan(), true);
        updateState();
    });
}

void StagePlanDialog::onApplied(const PlanSummary &summary)
{
    m_progressTimer.stop();
    m_progress->setRange(0, qMax(1, summary.planned));
    m_progress->setValue(summary.planned - summary.remaining);
    m_applied = true;
    setStatus(summary.text());
    // The rows are the plan the runner ran: its results fill them in, in one change (no reset,
    // so the table keeps its scroll position).
    m_model->setResults(m_runner->results());
    if (summary.done > 0 && m_history && m_client) {
        const QString text = tr("Stage plan: %1 (%n secret(s))", nullptr, summary.done)
                                     .arg(plan().operation.describe());
        m_history->push(new PlanCommand(m_history, m_client, m_runner->inversePlan(), text));
    }
    const QStringList changed = m_runner->changedSecrets();
    updateState();
    if (!changed.isEmpty())
        Q_EMIT secretsChanged(changed);
    Q_EMIT applied(summary);
}

void StagePlanDialog::cancelRun()
{
    if (m_scopeReader->isRunning())
        m_scopeReader->cancel();
    if (m_builder->isRunning())
        m_builder->cancel();
    if (m_runner->isRunning())
        m_runner->cancel();
}

void StagePlanDialog::reject()
{
    if (isBusy()) {
        cancelRun();
        return;
    }
    QDialog::reject();
}

bool StagePlanDialog::exportTo(const QString &path)
{
    const bool json
            = path.endsWith(QLatin1String(".jsonl")) || path.endsWith(QLatin1String(".json"));
    const QList<PlanResult> results = m_applied ? m_runner->results() : QList<PlanResult>();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(json ? PlanExport::toJsonLines(plan(), results)
                    : PlanExport::toCsv(plan(), results));
    const bool ok = file.commit();
    setStatus(ok ? tr("Exported to %1.").arg(path) : tr("Could not write %1.").arg(path));
    return ok;
}

void StagePlanDialog::exportPlan()
{
    auto *dialog = new QFileDialog(this, tr("Export the stage plan"), QString(),
                                   tr("CSV (*.csv);;JSON lines (*.jsonl)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(QStringLiteral("stage-plan.csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    dialog->open();
}

} // namespace keystage::ui
