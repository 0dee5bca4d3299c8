import type { Metadata } from 'next';
import { api } from '@/server/caller';
import styles from './stores.module.css';

export const metadata: Metadata = {
  title: 'Stores',
  description: 'Visit one of our four Tractor Store locations to see the machines up close.',
};

export default async function StoresPage() {
  const stores = await (await api()).stores.list();
  return (
    <>
      <h1>Our Stores</h1>
      <ul className={styles.list}>
        {stores.map((store) => (
          <li key={store.id} className={styles.store}>
            <h2>{store.name}</h2>
            <address>
              {store.street}
              <br />
              {store.city}
            </address>
          </li>
        ))}
      </ul>
    </>
  );
}
