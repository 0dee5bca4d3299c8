import type { Metadata } from 'next';
import { Picture } from '@/app/_components/picture';
import { pictureUrl } from '@/pictures/picture-url';
import { storeScene, storeSize } from '@/pictures/store-scenes';
import { publicReads } from '@/server/public-reads';
import styles from './stores.module.css';

export const metadata: Metadata = {
  title: 'Stores',
  description: 'Visit one of our four Tractor Store locations to see the machines up close: addresses of every store.',
};

export default async function StoresPage() {
  const stores = await publicReads.stores();
  return (
    <>
      <h1>Our Stores</h1>
      <p className={styles.intro}>See the machines up close, sit in the driver’s seat and pick up your order at the store nearest you.</p>
      <ul className={styles.list}>
        {stores.map((store, index) => (
          <li key={store.id} className={styles.store}>
            <Picture className={styles.picture} src={pictureUrl.store(store.id)} {...storeSize} alt={storeScene(store.position).describe(store.name)} priority={index < 2} />
            <div className={styles.text}>
              <h2>{store.name}</h2>
              <address>
                {store.street}
                <br />
                {store.city}
              </address>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
