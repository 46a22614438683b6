#pragma once
// AllOrdersView: one list of the orders of every profile that has orders, each row naming its source, so
// staff can search across shops ("where is Müller's order?"). Every profile loads at once in the
// background through its own OrderListing; rows appear as they arrive, the footer says how far each got,
// and a profile that fails is named with its reason above the list while the others' rows stay. Search,
// sorting, the column chooser, Ctrl+C and CSV export work across it as in one profile's list.

#include "domain/Records.h"
#include "profile/Profile.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace kontor {
class ClientRegistry;
class OrderListing;
class ProfileStore;
} // namespace kontor

namespace kontor::gui {

class MessageBanner;
class OrdersTableModel;

class AllOrdersView : public QWidget
{
    Q_OBJECT
public:
    AllOrdersView(ClientRegistry* clients, const ProfileStore* profiles, QWidget* parent = nullptr);
    ~AllOrdersView() override;

    // Loads every profile's orders afresh.
    void reload();
    // Stops every load; the rows that came stay.
    void cancel();
    void focusFilter();
    void exportCsv();
    void exportCsvTo(const QString& path);
    bool isBusy() const;

    OrdersTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxyModel() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // The profiles that take part: every one whose service has an order list.
    QList<Profile> sources() const;

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void busyChanged(bool busy, const QString& text);
    // Every profile answered (or failed): how many rows, how many profiles failed.
    void loaded(int rows, int failedProfiles);
    void exported(const QString& path, int rows, const kontor::Error& error);

private:
    struct Source
    {
        Profile profile;
        QPointer<OrderListing> listing;
        bool done = false;
        Error error;
    };
    void startSource(const Profile& profile, quint64 generation);
    void sourceFinished(const QString& profileId, const Error& error, quint64 generation);
    void updateStatus();
    void updateCount();

    ClientRegistry* m_clients;
    const ProfileStore* m_profiles;
    QHash<QString, Source> m_sources;
    quint64 m_generation = 0;

    OrdersTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_title;
    QLineEdit* m_filter;
    QToolButton* m_export;
    QToolButton* m_refresh;
    MessageBanner* m_banner;
    QTableView* m_table;
    QLabel* m_empty;
    QLabel* m_count;
    QPushButton* m_cancel;
};

} // namespace kontor::gui
