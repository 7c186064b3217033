// SPDX-License-Identifier: Apache-2.0
#include "core/model/versionstagemodel.h"

#include "core/api/sessioncache.h"
#include "core/model/timevalue.h"

#include "core/model/modellogging.h"
#include "core/ops/stageeditor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <algorithm>

namespace keystage {

namespace {

constexpr int MaxPayloadBytes = 4096;

} // namespace

QByteArray VersionStageModel::encodePayload(const StagePayload &payload)
{
    const QJsonObject o{{QStringLiteral("profile"), payload.profileId},
                        {QStringLiteral("secret"), payload.secretName},
                        {QStringLiteral("stage"), payload.stage},
                        {QStringLiteral("version"), payload.holder}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<VersionStageModel::StagePayload> VersionStageModel::decodePayload(
        const QByteArray &bytes)
{
    if (bytes.isEmpty() || bytes.size() > MaxPayloadBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    StagePayload p;
    QString *fields[] = {&p.profileId, &p.secretName, &p.stage, &p.holder};
    const char *keys[] = {"profile", "secret", "stage", "version"};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = o.value(QLatin1String(keys[i]));
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
        *fields[i] = v.toString();
    }
    if (!StageRules::isExistingName(p.stage) || StageRules::versionNumber(p.holder) < 0)
        return std::nullopt;
    return p;
}

VersionStageModel::VersionStageModel(CsmsClient *client, StageEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_editor(editor ? editor : new StageEditor(client, this))
{
    connect(m_editor, &StageEditor::operationStarted, this, &VersionStageModel::onOperationStarted);
    connect(m_editor, &StageEditor::changeWritten, this, &VersionStageModel::onChangeWritten);
    connect(m_editor, &StageEditor::operationFinished, this,
            &VersionStageModel::onOperationFinished);
}

VersionStageModel::~VersionStageModel()
{
    if (m_loadReply)
        m_loadReply->abort();
    if (m_traitsReply)
        m_traitsReply->abort();
}

void VersionStageModel::setSecret(const QString &secret)
{
    if (m_loadReply) {
        QPointer<ApiReply> old = m_loadReply;
        m_loadReply = nullptr;
        old->abort();
    }
    beginResetModel();
    m_secret = secret;
    m_rows.clear();
    m_pending.clear();
    endResetModel();
    SecretTraits traits;
    // What this session last read of the secret, shown at once; the read below replaces it.
    SessionCache *cache = m_client && !secret.isEmpty() ? m_client->sessionCache() : nullptr;
    const auto cachedVersions = cache ? cache->versions(secret) : std::nullopt;
    m_showsCached = cachedVersions.has_value();
    if (cachedVersions) {
        applyVersions(*cachedVersions);
        if (const auto cachedSecret = cache->secret(secret))
            traits = toSecretTraits(*cachedSecret);
    }
    if (m_traits != traits) {
        m_traits = traits;
        Q_EMIT secretTraitsChanged();
    }
    reload();
}

void VersionStageModel::reload()
{
    if (m_secret.isEmpty() || !m_client)
        return;
    if (m_loadReply) {
        QPointer<ApiReply> old = m_loadReply;
        m_loadReply = nullptr;
        old->abort();
    }
    loadTraits();
    loadPage(QString(), {});
}

void VersionStageModel::loadTraits()
{
    if (m_traitsReply) {
        QPointer<ApiReply> old = m_traitsReply;
        m_traitsReply = nullptr;
        old->abort();
    }
    const QString secret = m_secret;
    auto *reply = m_client->showSecret(secret);
    m_traitsReply = reply;
    const quint64 generation = m_client->sessionCache()->generation();
    reply->then(this, [this, reply, secret, generation](const ApiResult<Secret> &r) {
        if (m_traitsReply != reply || secret != m_secret)
            return;
        m_traitsReply = nullptr;
        if (!r.ok())
            return; // the versions' own read reports a missing secret or a failure
        if (m_client)
            m_client->sessionCache()->putSecret(*r, generation);
        const SecretTraits traits = toSecretTraits(*r);
        if (traits == m_traits)
            return;
        m_traits = traits;
        // Drag flags follow the state.
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        Q_EMIT secretTraitsChanged();
    });
}

void VersionStageModel::loadPage(const QString &marker, QList<VersionMetadata> collected)
{
    const QString secret = m_secret;
    auto *reply = m_client->listVersions(secret, marker, 1000);
    m_loadReply = reply;
    if (marker.isEmpty())
        m_loadGeneration = m_client->sessionCache()->generation();
    reply->then(this, [this, reply, secret, collected](const ApiResult<VersionPage> &r) {
        if (m_loadReply != reply || secret != m_secret)
            return;
        m_loadReply = nullptr;
        if (!r.ok()) {
            if (r.error().kind != ApiError::Kind::Cancelled)
                Q_EMIT loadFailed(r.error());
            return;
        }
        QList<VersionMetadata> all = collected;
        all.append(r->items);
        if (r->hasMore()) {
            loadPage(r->pageInfo.nextMarker, all);
            return;
        }
        m_showsCached = false;
        if (m_client)
            m_client->sessionCache()->putVersions(secret, all, m_loadGeneration);
        applyVersions(all);
        Q_EMIT versionsLoaded();
    });
}

void VersionStageModel::applyVersions(const QList<VersionMetadata> &versions)
{
    QList<VersionRow> rows;
    rows.reserve(versions.size());
    for (const VersionMetadata &v : versions)
        rows.append({v.id, v.createTime, v.expireTime, v.versionStages});
    std::stable_sort(rows.begin(), rows.end(), [](const VersionRow &a, const VersionRow &b) {
        const qint64 na = StageRules::versionNumber(a.id), nb = StageRules::versionNumber(b.id);
        return na != nb ? na > nb : a.createTime > b.createTime;
    });
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        VersionRow &row = m_rows[i];
        if (row.stages != rows.at(i).stages || row.expireTime != rows.at(i).expireTime
            || row.createTime != rows.at(i).createTime) {
            row = rows.at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

QList<VersionStages> VersionStageModel::snapshot() const
{
    QList<VersionStages> out;
    out.reserve(m_rows.size());
    for (const VersionRow &row : m_rows)
        out.append({row.id, row.stages});
    return out;
}

int VersionStageModel::rowOfVersion(const QString &versionId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == versionId)
            return i;
    }
    return -1;
}

QString VersionStageModel::holderOf(const QString &stage) const
{
    for (const VersionRow &row : m_rows) {
        if (row.stages.contains(stage))
            return row.id;
    }
    return {};
}

QStringList VersionStageModel::pendingFor(const QString &versionId, bool arriving) const
{
    QStringList stages;
    for (auto it = m_pending.constBegin(); it != m_pending.constEnd(); ++it) {
        if ((arriving ? it->to : it->from) == versionId)
            stages.append(it.key());
    }
    stages.sort();
    return stages;
}

void VersionStageModel::emitRowChanged(const QString &versionId)
{
    const int row = rowOfVersion(versionId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void VersionStageModel::onOperationStarted(const StageRequest &request)
{
    const StageChange &change = request.change;
    if (change.secretName != m_secret)
        return;
    switch (change.kind) {
    case StageChange::Kind::Move:
    case StageChange::Kind::Create:
    case StageChange::Kind::Delete:
        m_pending.insert(change.stage, {change.from, change.to});
        break;
    case StageChange::Kind::RollBack:
        m_pending.insert(StageRules::current(), {change.from, change.to});
        m_pending.insert(StageRules::previous(), {change.to, change.from});
        break;
    case StageChange::Kind::None:
        return;
    }
    emitRowChanged(change.from);
    emitRowChanged(change.to);
}

void VersionStageModel::onChangeWritten(const StageChange &change)
{
    if (change.secretName != m_secret)
        return;
    // The write's answer: the stages it wrote are where the server now says. The editor's re-read
    // of the versions follows and replaces the rows (with any side effect of the write).
    QHash<QString, QString> placed; // stage -> its version now; empty: deleted
    switch (change.kind) {
    case StageChange::Kind::Move:
    case StageChange::Kind::Create:
        placed.insert(change.stage, change.to);
        break;
    case StageChange::Kind::Delete:
        placed.insert(change.stage, QString());
        break;
    case StageChange::Kind::RollBack:
        placed.insert(StageRules::current(), change.to);
        placed.insert(StageRules::previous(), change.from);
        break;
    case StageChange::Kind::None:
        return;
    }
    for (auto it = placed.cbegin(); it != placed.cend(); ++it)
        m_pending.remove(it.key()); // no longer pending: written
    for (int i = 0; i < m_rows.size(); ++i) {
        VersionRow &row = m_rows[i];
        QStringList stages = row.stages;
        for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
            stages.removeAll(it.key());
            if (it.value() == row.id)
                stages.append(it.key());
        }
        const bool involved = row.id == change.from || row.id == change.to;
        if (stages != row.stages || involved) {
            row.stages = stages;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void VersionStageModel::onOperationFinished(const StageOutcome &outcome)
{
    const StageChange &change = outcome.change;
    if (change.secretName != m_secret)
        return;
    bool wasPending = false;
    const QStringList stages = change.kind == StageChange::Kind::RollBack
                                       ? QStringList{StageRules::current(), StageRules::previous()}
                                       : QStringList{change.stage};
    for (const QString &stage : stages)
        wasPending = m_pending.remove(stage) > 0 || wasPending;
    if (outcome.versionsKnown) {
        applyVersions(outcome.versions); // the editor's one re-read
    } else if (!outcome.refusedLocally) {
        qCInfo(lcModel).noquote() << "stage change outcome unknown, re-reading:"
                                  << change.describe();
        reload(); // nobody read the truth: once, here
    }
    if (wasPending) {
        emitRowChanged(change.from);
        emitRowChanged(change.to);
    }
}

int VersionStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VersionStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionStageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VersionRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VersionColumn:
            return row.id;
        case CreatedColumn:
            return timeValue(row.createTime);
        case ExpiresColumn:
            return timeValue(row.expireTime.value_or(0));
        case StagesColumn:
            return row.stages.isEmpty() ? tr("deprecated") : row.stages.join(QStringLiteral(", "));
        default:
            return {};
        }
    case VersionIdRole:
        return row.id;
    case CreateTimeRole:
        return timeValue(row.createTime);
    case ExpireTimeRole:
        return timeValue(row.expireTime.value_or(0));
    case StagesRole:
        return row.stages;
    case PendingStagesRole:
        return pendingFor(row.id, true);
    case LeavingStagesRole:
        return pendingFor(row.id, false);
    case DeprecatedRole:
        return row.stages.isEmpty();
    default:
        return {};
    }
}

QVariant VersionStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    case StagesColumn:
        return tr("Stages");
    default:
        return {};
    }
}

QHash<int, QByteArray> VersionStageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(VersionIdRole, "versionId");
    names.insert(CreateTimeRole, "createTime");
    names.insert(ExpireTimeRole, "expireTime");
    names.insert(StagesRole, "stages");
    names.insert(PendingStagesRole, "pendingStages");
    names.insert(LeavingStagesRole, "leavingStages");
    names.insert(DeprecatedRole, "deprecated");
    return names;
}

// ---- drag and drop ----

Qt::ItemFlags VersionStageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags; // no drops between rows
    if (StageRules::stateRefusal(m_traits) != StageRefusal::None)
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled; // the secret refuses stage changes
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList VersionStageModel::mimeTypes() const
{
    return {mimeType()};
}

Qt::DropActions VersionStageModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions VersionStageModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QMimeData *VersionStageModel::stageMimeData(int row, const QString &stage) const
{
    if (row < 0 || row >= m_rows.size() || !m_client || !m_rows.at(row).stages.contains(stage)
        || !StageRules::isMovable(stage)
        || StageRules::stateRefusal(m_traits) != StageRefusal::None)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(mimeType(),
                  encodePayload({m_client->profile().id, m_secret, stage, m_rows.at(row).id}));
    return data;
}

QMimeData *VersionStageModel::mimeData(const QModelIndexList &indexes) const
{
    Q_UNUSED(indexes); // a row holds several chips: a drag starts on one (stageMimeData)
    return nullptr;
}

int VersionStageModel::targetRow(int row, const QModelIndex &parent) const
{
    Q_UNUSED(row); // a drop between rows (row >= 0 with an invalid parent) has no target
    if (!parent.isValid() || parent.model() != this || parent.row() >= m_rows.size())
        return -1;
    return parent.row();
}

bool VersionStageModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                        int column, const QModelIndex &parent) const
{
    Q_UNUSED(column);
    if (!data || action != Qt::MoveAction || !data->hasFormat(mimeType()) || !m_client)
        return false;
    const std::optional<StagePayload> p = decodePayload(data->data(mimeType()));
    if (!p || p->profileId != m_client->profile().id || p->secretName != m_secret)
        return false;
    const int target = targetRow(row, parent);
    if (target < 0)
        return false;
    const QString to = m_rows.at(target).id;
    return to != p->holder && holderOf(p->stage) == p->holder && !m_pending.contains(p->stage)
           && StageRules::predictMove(snapshot(), p->stage, to, m_traits).allowed();
}

bool VersionStageModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    // A drop is a stage change: it goes through the StageEditor (rules, prompts, production
    // guard), never straight from here.
    Q_UNUSED(data);
    Q_UNUSED(row);
    Q_UNUSED(column);
    Q_UNUSED(parent);
    return action == Qt::IgnoreAction;
}

} // namespace keystage
