import { LoadingSkeleton } from '../../components/LoadingSkeleton';

export default LoadingSkeleton;
